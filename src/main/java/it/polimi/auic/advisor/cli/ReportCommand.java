package it.polimi.auic.advisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.ExitCode;
import it.polimi.auic.advisor.command.Invocation;
import it.polimi.auic.advisor.config.AdvisorConfig;
import it.polimi.auic.advisor.feedback.FeedbackEntry;
import it.polimi.auic.advisor.feedback.FeedbackKind;
import it.polimi.auic.advisor.feedback.FeedbackReader;
import it.polimi.auic.advisor.feedback.FeedbackReport;
import it.polimi.auic.advisor.feedback.LogContents;
import it.polimi.auic.advisor.feedback.QuestionGroup;
import it.polimi.auic.advisor.feedback.ReportKnowledge;
import it.polimi.auic.advisor.feedback.Verdict;
import it.polimi.auic.advisor.knowledge.KnowledgeException;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code report [--json] [--since YYYY-MM-DD] [--kind unanswered|unhelpful|helpful|staff]}: the questions the
 * advisor refused, the answers students marked unhelpful and the questions the staff answered, grouped by
 * similarity (through the glossary of {@code knowledge/}), noise left out, most frequent first, each group
 * marked as one a FAQ entry could answer (with the section to point it at) or one not in the regulations;
 * read from the feedback log under the data folder of {@code config/advisor.json}. When the knowledge cannot
 * be loaded the report is still printed, grouped word by word and unchecked, and says why in one line.
 */
@picocli.CommandLine.Command(name = "report",
        description = "questions to answer next, grouped, noise left out: what a FAQ entry could fix, what the rules lack")
public final class ReportCommand implements Command {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Option(names = "--json", description = "print one JSON object")
    private boolean json;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = ReportOptions.Day.class,
            description = "only entries from this day (UTC) on")
    private LocalDate since;

    @Option(names = "--kind", paramLabel = "KIND", converter = ReportOptions.Kind.class,
            description = "only this kind of entry: unanswered, unhelpful, helpful or staff (default: all but helpful)")
    private FeedbackKind kind;

    @Override
    public int run(Invocation invocation) throws Exception {
        ReportOptions options = new ReportOptions(json, since, kind == null ? ReportOptions.DEFAULT_KINDS : Set.of(kind));
        Path dataDir = AdvisorConfig.load(invocation.configDir()).general().dataPath();
        LogContents contents = FeedbackReader.readDataDir(dataDir);
        List<FeedbackEntry> selected = contents.entries().stream().filter(options::selects).toList();
        // Indexing the knowledge takes a second: not worth it for nothing to group.
        Knowledge knowledge = selected.isEmpty() ? Knowledge.NOT_NEEDED : Knowledge.load(invocation.knowledgeDir());
        FeedbackReport report = FeedbackReport.build(selected, knowledge.report());
        Path folder = FeedbackReader.folder(dataDir);
        if (options.json()) {
            invocation.out().println(JSON.writeValueAsString(
                    json(folder, contents, selected.size(), options, knowledge, report)));
        } else {
            new ReportText(invocation.out()).print(folder, contents, options, knowledge.problem(), report);
        }
        return ExitCode.OK;
    }

    /**
     * The knowledge the report uses, or why it could not be loaded ({@code null} when it was).
     */
    private record Knowledge(ReportKnowledge report, String problem) {

        static final Knowledge NOT_NEEDED = new Knowledge(ReportKnowledge.none(), null);

        static Knowledge load(Path dir) {
            try {
                return new Knowledge(ReportKnowledge.of(KnowledgeLoader.load(dir)), null);
            } catch (KnowledgeException e) {
                int more = e.problems().size() - 1;
                String first = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString();
                return unloaded(dir, first + (more > 0 ? " (and " + more + " more)" : ""));
            } catch (UncheckedIOException e) {
                return unloaded(dir, e.getMessage());
            }
        }

        private static Knowledge unloaded(Path dir, String why) {
            return new Knowledge(ReportKnowledge.none(), "The knowledge in " + dir + " could not be loaded (" + why
                    + "): questions are grouped without the glossary and not checked against the regulations.");
        }
    }

    private static Map<String, Object> json(Path folder, LogContents contents, int selected, ReportOptions options,
                                            Knowledge knowledge, FeedbackReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folder", folder.toString());
        json.put("files", contents.files());
        json.put("unreadableLines", contents.unreadableLines());
        json.put("since", options.since() == null ? null : options.since().toString());
        json.put("kinds", options.orderedKinds().stream().map(FeedbackKind::word).toList());
        json.put("entries", selected);
        json.put("noise", report.noiseCount());
        json.put("checked", report.checked());
        json.put("knowledgeProblem", knowledge.problem());
        json.put("groups", report.groups().stream().map(ReportCommand::json).toList());
        return json;
    }

    private static Map<String, Object> json(QuestionGroup group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", group.kind().word());
        json.put("count", group.count());
        json.put("question", group.question());
        json.put("examples", group.examples());
        json.put("sections", group.sections());
        json.put("firstAsked", group.firstAsked());
        json.put("lastAsked", group.lastAsked());
        json.put("verdict", group.verdict().map(v -> v.outcome().word()).orElse(null));
        json.put("relatedSection", group.verdict().map(Verdict::relatedSection).orElse(null));
        return json;
    }
}
