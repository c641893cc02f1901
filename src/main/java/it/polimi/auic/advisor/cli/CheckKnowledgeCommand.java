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
import it.polimi.auic.advisor.knowledge.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check-knowledge}: the validation the running advisor applies to an edit, for staff to run before
 * publishing. Prints every problem as "file:line: what is wrong" on stderr and exits 2, or a summary and 0.
 */
@picocli.CommandLine.Command(name = "check-knowledge",
        description = "validate knowledge/ and config/: every problem with file and line, exit 0 or 2")
public final class CheckKnowledgeCommand implements Command {

    @Override
    public int run(Invocation invocation) {
        List<String> problems = new ArrayList<>();
        KnowledgeLoader.validate(invocation.knowledgeDir(), CalculatorSections.ALL).stream().map(Problem::toString).forEach(problems::add);
        try {
            AdvisorConfig.load(invocation.configDir());
            FeedbackSettings.load(invocation.configDir());
        } catch (ConfigException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            problems.forEach(invocation.err()::println);
            return ExitCode.BAD_INPUT;
        }
        KnowledgeBase knowledge = KnowledgeLoader.load(invocation.knowledgeDir(), CalculatorSections.ALL);
        invocation.out().printf("OK: %s has %d documents, %d sections, %d FAQ entries, %d glossary rules; %s is valid.%n",
                invocation.knowledgeDir(), knowledge.documents().size(), knowledge.sections().count(),
                knowledge.faq().size(), knowledge.glossary().rules().size(), invocation.configDir());
        return ExitCode.OK;
    }
}
