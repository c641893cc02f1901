package it.polimi.auic.advisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The package rules a folder listing promises, checked on the compiled main classes: packages form no cycle, the
 * core does not know who calls it, and each adapter (the CLI, the console, Telegram) stands alone on the core.
 */
@AnalyzeClasses(packages = "it.polimi.auic.advisor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The three ways in: each translates between its medium and the core, and nothing else uses them. */
    private static final String[] ADAPTERS = {"..advisor.cli..", "..advisor.console..", "..advisor.telegram.."};

    /** What the advisor knows and decides, whoever asks. */
    private static final String[] CORE = {"..advisor.app..", "..advisor.calc..", "..advisor.chat..",
        "..advisor.config..", "..advisor.evaluation..", "..advisor.feedback..", "..advisor.knowledge..",
        "..advisor.reload..", "..advisor.search.."};

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("it.polimi.auic.advisor.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs another and is needed by it cannot be read, tested or moved on its own");

    @ArchTest
    static final ArchRule theCoreUsesNoAdapter = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(concat(ADAPTERS, "..advisor.command..", "picocli.."))
            .because("the core takes a request and returns a reply; only the adapters know the command line or a chat app");

    @ArchTest
    static final ArchRule theCliUsesNoOtherAdapter = noClasses().that().resideInAPackage("..advisor.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..advisor.console..", "..advisor.telegram..");

    @ArchTest
    static final ArchRule theConsoleUsesNoOtherAdapter = noClasses().that().resideInAPackage("..advisor.console..")
            .should().dependOnClassesThat().resideInAnyPackage("..advisor.cli..", "..advisor.telegram..");

    @ArchTest
    static final ArchRule telegramUsesNoOtherAdapter = noClasses().that().resideInAPackage("..advisor.telegram..")
            .should().dependOnClassesThat().resideInAnyPackage("..advisor.cli..", "..advisor.console..");

    @ArchTest
    static final ArchRule theCommandsAndLoggingUseNoAdapter = noClasses()
            .that().resideInAnyPackage("..advisor.command..", "..advisor.logging..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("every adapter uses them, so they must not pull one adapter into another");

    @ArchTest
    static final ArchRule onlyTheTelegramAdapterKnowsTelegram = noClasses()
            .that().resideOutsideOfPackage("..advisor.telegram..")
            .should().dependOnClassesThat().resideInAPackage("org.telegram..");

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
