package it.polimi.auic.advisor.cli;

import it.polimi.auic.advisor.calc.admission.AdmissionCalculator;
import it.polimi.auic.advisor.calc.admission.AdmissionVerdict;
import it.polimi.auic.advisor.calc.alliance.Alliance4TechCalculator;
import it.polimi.auic.advisor.calc.alliance.AllianceInput;
import it.polimi.auic.advisor.calc.alliance.AllianceVerdict;
import it.polimi.auic.advisor.calc.gparam.GParamCalculator;
import it.polimi.auic.advisor.calc.gparam.GParamVerdict;
import it.polimi.auic.advisor.calc.merit.MeritCalculator;
import it.polimi.auic.advisor.calc.merit.MeritVerdict;
import it.polimi.auic.advisor.calc.studio.StudioCalculator;
import it.polimi.auic.advisor.calc.studio.StudioVerdict;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import it.polimi.auic.advisor.chat.flow.VerdictReplies;
import it.polimi.auic.advisor.cli.calc.CalcInputs;
import it.polimi.auic.advisor.cli.calc.VerdictJson;
import it.polimi.auic.advisor.command.ArgumentText;
import it.polimi.auic.advisor.command.Command;
import it.polimi.auic.advisor.command.ExitCode;
import it.polimi.auic.advisor.command.Invocation;
import it.polimi.auic.advisor.command.UsageException;
import it.polimi.auic.advisor.config.CalculatorConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calc NAME [--json]}: runs one calculator on a JSON object read from stdin. With {@code --json} it prints
 * the contract's JSON object; without, the verdict as a student would read it. Bad input is a
 * {@link UsageException}: exit 2 and one line naming the field.
 */
@picocli.CommandLine.Command(name = "calc", description = "run a calculator on a JSON object from stdin")
public final class CalcCommand implements Command {

    /** Dates in the regulations are the School's, in Milan. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Rome");

    private static final int MAX_INPUT_CHARS = 1_000_000;
    private static final String USAGE = "usage: calc NAME --json, with a JSON object on stdin; NAME is one of ";

    /** The rendering of one verdict, both ways. */
    private record Rendered(String json, ChatReply reply) {
    }

    private interface Calculation {
        Rendered run(String input, CalculatorConfig config, LocalDate today);
    }

    private final Clock clock;

    @Option(names = "--json", description = "print the contract's JSON object instead of the verdict as a student reads it")
    private boolean json;

    @Parameters(paramLabel = "NAME", arity = "0..1", completionCandidates = Names.class,
            description = "the calculator: ${COMPLETION-CANDIDATES}")
    private String name;

    /** The calculators' names, for the usage line. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return calculations().keySet().iterator();
        }
    }

    public CalcCommand() {
        this(Clock.system(SCHOOL_ZONE));
    }

    /** @param clock where "today" comes from (the studio calculator's default {@code asOf}) */
    public CalcCommand(Clock clock) {
        this.clock = clock;
    }

    private static Map<String, Calculation> calculations() {
        Map<String, Calculation> all = new LinkedHashMap<>();
        all.put("admission", (input, config, today) -> {
            AdmissionVerdict v = new AdmissionCalculator(config.admission()).evaluate(CalcInputs.admission(input));
            return new Rendered(VerdictJson.admission(v), VerdictReplies.admission(v, Language.EN));
        });
        all.put("merit", (input, config, today) -> {
            MeritVerdict v = new MeritCalculator(config.merit()).evaluate(CalcInputs.merit(input));
            return new Rendered(VerdictJson.merit(v), VerdictReplies.merit(v, Language.EN));
        });
        all.put("alliance4tech", (input, config, today) -> {
            AllianceInput in = CalcInputs.alliance(input);
            AllianceVerdict v = new Alliance4TechCalculator().evaluate(in);
            return new Rendered(VerdictJson.alliance(v), VerdictReplies.alliance(in, v, Language.EN));
        });
        all.put("studio", (input, config, today) -> {
            StudioVerdict v = new StudioCalculator(config.calendar()).evaluate(CalcInputs.studio(input, today));
            return new Rendered(VerdictJson.studio(v), VerdictReplies.studio(v, Language.EN));
        });
        all.put("gparam", (input, config, today) -> {
            GParamVerdict v = new GParamCalculator(config.gparam()).evaluate(CalcInputs.gparam(input));
            return new Rendered(VerdictJson.gparam(v), VerdictReplies.gparam(v, Language.EN));
        });
        return all;
    }

    @Override
    public int run(Invocation invocation) throws IOException {
        Map<String, Calculation> calculations = calculations();
        String names = String.join(", ", calculations.keySet());
        if (name == null) {
            throw new UsageException("calc: missing NAME; " + USAGE + names);
        }
        Calculation calculation = calculations.get(name);
        if (calculation == null) {
            throw new UsageException("calc: unknown calculator '" + ArgumentText.quote(name) + "'; " + USAGE + names);
        }
        String input = readAll(invocation.in());
        CalculatorConfig config = CalculatorConfig.load(invocation.configDir());
        Rendered rendered = calculation.run(input, config, LocalDate.now(clock));
        invocation.out().println(json ? rendered.json() : rendered.reply().plainText());
        return ExitCode.OK;
    }

    private static String readAll(BufferedReader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            text.append(buffer, 0, read);
            if (text.length() > MAX_INPUT_CHARS) {
                throw new UsageException("input is too long: one JSON object of at most " + MAX_INPUT_CHARS + " characters is expected");
            }
        }
        return text.toString();
    }
}
