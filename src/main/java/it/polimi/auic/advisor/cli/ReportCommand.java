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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code report [--json] [--since YYYY-MM-DD] [--kind unanswered|unhelpful|helpful]}: the questions the
 * advisor refused and the answers students marked unhelpful, grouped by similarity, most frequent first,
 * read from the feedback log under the data folder of {@code config/advisor.json}.
 */
@picocli.CommandLine.Command(name = "report", description = "unanswered questions and unhelpful answers, grouped")
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
            description = "only this kind of entry: unanswered, unhelpful or helpful (default: the first two)")
    private FeedbackKind kind;

    @Override
    public int run(Invocation invocation) throws Exception {
        ReportOptions options = new ReportOptions(json, since, kind == null ? ReportOptions.DEFAULT_KINDS : Set.of(kind));
        Path dataDir = AdvisorConfig.load(invocation.configDir()).general().dataPath();
        LogContents contents = FeedbackReader.readDataDir(dataDir);
        List<FeedbackEntry> selected = contents.entries().stream().filter(options::selects).toList();
        FeedbackReport report = FeedbackReport.build(selected);
        Path folder = FeedbackReader.folder(dataDir);
        if (options.json()) {
            invocation.out().println(JSON.writeValueAsString(json(folder, contents, selected.size(), options, report)));
        } else {
            new ReportText(invocation.out()).print(folder, contents, options, report);
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(Path folder, LogContents contents, int selected,
                                            ReportOptions options, FeedbackReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folder", folder.toString());
        json.put("files", contents.files());
        json.put("unreadableLines", contents.unreadableLines());
        json.put("since", options.since() == null ? null : options.since().toString());
        json.put("kinds", options.orderedKinds().stream().map(FeedbackKind::word).toList());
        json.put("entries", selected);
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
        return json;
    }
}
