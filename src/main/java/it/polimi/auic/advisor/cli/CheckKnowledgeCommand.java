package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.app.CalculatorSections;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.ExitCode;
import it.polimi.auic.advisor.command.Invocation;
import it.polimi.auic.advisor.config.AdvisorConfig;
import it.polimi.auic.advisor.config.ConfigException;
import it.polimi.auic.advisor.feedback.FeedbackSettings;
import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.KnowledgeLoader;
import it.polimi.auic.advisor.knowledge.KnowledgeReport;
import it.polimi.auic.advisor.knowledge.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check-knowledge}: the validation the running advisor applies to an edit, for staff to run before
 * publishing. With errors: every error as "file:line: what is wrong" (and every warning as "warning: ...")
 * on stderr, exit 2. Otherwise: the warnings and a summary on stdout, exit 0.
 */
@picocli.CommandLine.Command(name = "check-knowledge",
        description = "validate knowledge/ and config/: every problem with file and line, exit 0 or 2")
public final class CheckKnowledgeCommand implements Command {

    @Override
    public int run(Invocation invocation) {
        KnowledgeReport report = KnowledgeLoader.check(invocation.knowledgeDir(), CalculatorSections.ALL);
        List<String> errors = new ArrayList<>(report.errors().stream().map(Problem::toString).toList());
        List<String> warnings = report.warnings().stream().map(KnowledgeReport::warningLine).toList();
        try {
            AdvisorConfig.load(invocation.configDir());
            FeedbackSettings.load(invocation.configDir());
        } catch (ConfigException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            errors.forEach(invocation.err()::println);
            warnings.forEach(invocation.err()::println);
            return ExitCode.BAD_INPUT;
        }
        warnings.forEach(invocation.out()::println);
        KnowledgeBase knowledge = KnowledgeLoader.load(invocation.knowledgeDir(), CalculatorSections.ALL);
        invocation.out().printf("OK: %s has %d documents, %d sections, %d FAQ entries, %d glossary rules; %s is valid"
                        + "%s.%n", invocation.knowledgeDir(), knowledge.documents().size(), knowledge.sections().count(),
                knowledge.faq().size(), knowledge.glossary().rules().size(), invocation.configDir(),
                warnings.isEmpty() ? "" : " (" + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                        + " above)");
        return ExitCode.OK;
    }
}
