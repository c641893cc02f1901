package it.polimi.auic.advisor.chat.flow;

import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.Dates;
import it.polimi.auic.advisor.calc.admission.AdmissionCalculator;
import it.polimi.auic.advisor.calc.admission.AdmissionInput;
import it.polimi.auic.advisor.calc.admission.AdmissionPolicy;
import it.polimi.auic.advisor.calc.admission.Career;
import it.polimi.auic.advisor.calc.admission.DegreeClass;
import it.polimi.auic.advisor.chat.ChatReply;
import it.polimi.auic.advisor.language.Language;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Am I eligible for automatic admission?" (section 1.3.1). The university and the BSc class come first: when
 * they already rule automatic admission out, the career questions are not asked.
 */
final class AdmissionFlow implements FlowDefinition<AdmissionAnswers> {

    static final String POLIMI = "polimi";
    static final String CLASS = "class";
    static final String BUILDING_PRODUCTION = "abp";
    static final String YEAR = "year";
    static final String ENROLLED = "enrolled";
    static final String GRADUATED = "graduated";
    static final String CREDITS = "credits";
    static final String AVERAGE = "average";
    static final String ENGLISH = "english";

    private final List<Step<AdmissionAnswers, ?>> steps = List.of(
            Step.of(POLIMI, List.of("polimiBachelor", "politecnico"), (a, c) -> Question.of(
                            "Is your bachelor's degree (Laurea) from the Politecnico di Milano?",
                            "La tua laurea triennale è del Politecnico di Milano?", Choices.YES, Choices.NO),
                    (text, a, c) -> AnswerParsers.yesNo(text), AdmissionAnswers::polimi, AdmissionAnswers::withPolimi),
            Step.of(CLASS, List.of("bachelorClass", "classe"), (a, c) -> Question.of(
                            "What is the degree class of your bachelor's? It is on your career record, e.g. L-17.",
                            "Qual è la classe della tua laurea triennale? È nella tua carriera, ad esempio L-17.",
                            Question.Choice.same("L-17"), Question.Choice.same("L-23"), Question.Choice.same("L-21")),
                    AdmissionFlow::parseClass, AdmissionAnswers::bachelorClass, AdmissionAnswers::withBachelorClass),
            Step.of(BUILDING_PRODUCTION, List.of("bachelorProgramme", "programme", "program"), (a, c) -> Question.of(
                            "Is it the Politecnico's \"" + c.config().admission().debitExceptionName() + "\" bachelor's programme?",
                            "È la laurea del Politecnico in \"" + c.config().admission().debitExceptionName() + "\"?",
                            Choices.YES, Choices.NO),
                    AdmissionFlow::parseProgramme, AdmissionAnswers::buildingProduction,
                    AdmissionAnswers::withBuildingProduction)
                    // The rules name the exception among the excluded classes (L-21 and L-23) only.
                    .when((a, c) -> a.isPolimi() && a.bachelorClass()
                            .filter(bsc -> c.config().admission().excludedClasses().contains(bsc)).isPresent()),
            Step.of(YEAR, List.of("enrolmentAcademicYear", "anno"), (a, c) -> yearQuestion(c),
                    (text, a, c) -> AnswerParsers.academicYear(text), AdmissionAnswers::year, AdmissionAnswers::withYear)
                    .when(AdmissionFlow::careerMatters),
            Step.of(ENROLLED, List.of("enrolmentDate", "immatricolazione"), (a, c) -> Question.of(
                            "On what day did you enrol in your bachelor's (e.g. 14/09/2020)? If you don't know, skip: I'll count from the start of the academic year.",
                            "In che giorno ti sei immatricolato alla triennale (ad esempio 14/09/2020)? Se non lo sai, salta: conterò dall'inizio dell'anno accademico."),
                    AdmissionFlow::parseEnrolled, AdmissionAnswers::enrolled, AdmissionAnswers::withEnrolled)
                    .when(AdmissionFlow::careerMatters).optional(Choices.SKIP),
            Step.of(GRADUATED, List.of("graduationDate", "graduation", "laurea"), (a, c) -> Question.of(
                            "On what day did (or will) you graduate? E.g. 18/07/2023.",
                            "In che giorno ti sei laureato (o ti laureerai)? Ad esempio 18/07/2023."),
                    AdmissionFlow::parseGraduated, AdmissionAnswers::graduated, AdmissionAnswers::withGraduated)
                    .when(AdmissionFlow::careerMatters),
            Step.of(CREDITS, List.of("creditsByCheckDate", "crediti", "n"), AdmissionFlow::creditsQuestion,
                    (text, a, c) -> AnswerParsers.whole(text, 0, Career.MAX_CREDITS, Cues.CREDITS), AdmissionAnswers::credits,
                    AdmissionAnswers::withCredits).when(AdmissionFlow::careerMatters),
            Step.of(AVERAGE, List.of("averageByCheckDate", "avg", "media", "v"), (a, c) -> Question.of(
                            "And your weighted average on that day (18 to 30)?",
                            "E la tua media ponderata a quella data (da 18 a 30)?"),
                    (text, a, c) -> AnswerParsers.decimal(text, Career.MIN_AVERAGE, Career.MAX_AVERAGE, Cues.AVERAGE),
                    AdmissionAnswers::average, AdmissionAnswers::withAverage).when(AdmissionFlow::careerMatters),
            Step.of(ENGLISH, List.of("englishCertified", "inglese"), (a, c) -> Question.of(
                            "Do you hold an English language certification, or will you by the admission deadline?",
                            "Hai una certificazione di lingua inglese, o l'avrai entro la scadenza dell'ammissione?",
                            Choices.YES, Choices.NO),
                    (text, a, c) -> AnswerParsers.yesNo(text), AdmissionAnswers::english, AdmissionAnswers::withEnglish)
                    .when(AdmissionFlow::careerMatters));

    @Override
    public FlowId id() {
        return FlowId.ADMISSION;
    }

    @Override
    public Phrase intro() {
        return Phrase.of("Let's check automatic admission (programme rules §1.3.1). A few questions; press Back to change an answer.",
                "Verifichiamo l'ammissione automatica (regolamento §1.3.1). Poche domande; premi Indietro per cambiare una risposta.");
    }

    @Override
    public AdmissionAnswers noAnswers() {
        return AdmissionAnswers.NONE;
    }

    @Override
    public List<Step<AdmissionAnswers, ?>> steps() {
        return steps;
    }

    @Override
    public String pasteExample() {
        return "/admission polimi=yes class=L-17 year=2020/21 enrolled=2020-09-14 graduated=2023-07-18 credits=140 average=28.1 english=yes";
    }

    private static final Map<String, Set<String>> CUES = Map.of(CREDITS, Cues.CREDITS, AVERAGE, Cues.AVERAGE);

    @Override
    public Map<String, String> valuesIn(String text, FlowContext context) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        String simplified = AnswerParsers.simplify(text);
        if (FreeText.says(simplified, Set.of("polimi", "politecnico", "poli")) && FreeText.says(simplified,
                Set.of("bachelor", "bachelor's", "bsc", "laurea", "triennale", "degree"))) {
            values.put(POLIMI, "yes");
        }
        DegreeClass.find(text).filter(x -> text.toUpperCase(java.util.Locale.ROOT).contains("L")).ifPresent(x -> values.put(CLASS, x));
        values.putAll(CuedValues.assign(text, CUES));
        Parsed<java.time.LocalDate> date = AnswerParsers.date(text);
        if (date instanceof Parsed.Accepted<java.time.LocalDate> day && FreeText.says(simplified,
                Set.of("graduate", "graduated", "graduation", "graduating", "laurea", "laureato", "laureata", "laureo"))) {
            values.put(GRADUATED, day.value().toString());
        }
        if (FreeText.says(simplified, Set.of("enrolled", "enrolment", "enrollment", "iscritto", "iscritta",
                "immatricolato", "immatricolata", "started"))) {
            Parsed<AcademicYear> year = AnswerParsers.academicYear(text);
            if (year instanceof Parsed.Accepted<AcademicYear> accepted) {
                values.put(YEAR, accepted.value().toString());
            }
        }
        return values;
    }

    private static final Map<String, Phrase> LABELS = Map.ofEntries(
            Map.entry(POLIMI, Phrase.of("Politecnico bachelor", "Triennale al Politecnico")),
            Map.entry(CLASS, Phrase.of("Class", "Classe")),
            Map.entry(BUILDING_PRODUCTION, Phrase.of("Architecture and Building Production", "Architettura e Produzione Edilizia")),
            Map.entry(YEAR, Phrase.of("Enrolment year", "Anno di immatricolazione")),
            Map.entry(ENROLLED, Phrase.of("Enrolment day", "Giorno di immatricolazione")),
            Map.entry(GRADUATED, Phrase.of("Graduation day", "Giorno di laurea")),
            Map.entry(CREDITS, Phrase.of("Credits", "Crediti")),
            Map.entry(AVERAGE, Phrase.of("Average", "Media")),
            Map.entry(ENGLISH, Phrase.of("English certification", "Certificazione di inglese")));

    @Override
    public Phrase label(String key) {
        return LABELS.getOrDefault(key, Phrase.of(key, key));
    }

    @Override
    public ChatReply verdict(AdmissionAnswers a, FlowContext c, Language language) {
        checkProgrammeAgainstClass(a, c);
        Optional<Career> career = Optional.empty();
        if (careerMatters(a, c)) {
            career = Optional.of(new Career(a.year().orElseThrow(), a.enrolled(), a.graduated().orElseThrow(),
                    a.credits().orElseThrow(), a.average().orElseThrow(), a.isEnglishCertified()));
        }
        AdmissionInput input = new AdmissionInput(a.isPolimi(), a.bachelorClass().orElseThrow(), programme(a, c), career);
        return VerdictReplies.admission(new AdmissionCalculator(c.config().admission()).evaluate(input), language);
    }

    /**
     * "Architecture and Building Production" with a class other than the excluded ones it is the exception
     * to: one of the two answers is wrong, and the student is asked which.
     */
    private static void checkProgrammeAgainstClass(AdmissionAnswers a, FlowContext c) {
        AdmissionPolicy policy = c.config().admission();
        Optional<String> bachelorClass = a.bachelorClass();
        if (a.isBuildingProduction() && bachelorClass.isPresent() && !policy.excludedClasses().contains(bachelorClass.get())) {
            String classes = String.join(" and ", policy.excludedClasses().stream().sorted().toList());
            String classesIt = String.join(" e ", policy.excludedClasses().stream().sorted().toList());
            throw new Contradiction(CLASS, List.of(BUILDING_PRODUCTION), Phrase.of(
                    "You said class " + bachelorClass.get() + " and the \"" + policy.debitExceptionName() + "\" programme, "
                            + "but the rules name that programme as an exception among classes " + classes
                            + " (§1.3.1): which is right? Give your class again; if it is " + bachelorClass.get()
                            + ", your programme is another one.",
                    "Hai indicato la classe " + bachelorClass.get() + " e il corso \"" + policy.debitExceptionName()
                            + "\", ma il regolamento nomina quel corso come eccezione tra le classi " + classesIt
                            + " (§1.3.1): cosa è giusto? Indica di nuovo la classe; se è " + bachelorClass.get()
                            + ", il tuo corso è un altro."));
        }
    }

    /** The career decides only for Politecnico graduates whose class (or programme) gives access. */
    static boolean careerMatters(AdmissionAnswers a, FlowContext c) {
        if (!a.isPolimi() || a.bachelorClass().isEmpty()) {
            return false;
        }
        AdmissionPolicy policy = c.config().admission();
        return policy.compliantClasses().contains(a.bachelorClass().get()) || a.isBuildingProduction();
    }

    private static Optional<String> programme(AdmissionAnswers a, FlowContext c) {
        return a.isBuildingProduction() && a.isPolimi()
                ? Optional.of(c.config().admission().debitExceptionName()) : Optional.empty();
    }

    private static Parsed<String> parseClass(String text, AdmissionAnswers a, FlowContext c) {
        return DegreeClass.find(text).map(Parsed::value).orElseGet(() -> Parsed.refused(
                "Please write the class as L- and its number, e.g. L-17.",
                "Scrivi la classe come L- e il suo numero, ad esempio L-17."));
    }

    /** Yes or no; pasted arguments may give the programme's name instead. */
    private static Parsed<Boolean> parseProgramme(String text, AdmissionAnswers a, FlowContext c) {
        Parsed<Boolean> yesNo = AnswerParsers.yesNo(text);
        if (yesNo instanceof Parsed.Accepted<Boolean> || text.strip().length() < 4) {
            return yesNo;
        }
        return Parsed.value(c.config().admission().isDebitException(text));
    }

    private static Question yearQuestion(FlowContext c) {
        AcademicYear recent = c.currentYear().previous().previous().previous();
        return Question.of("In which academic year did you first enrol in your bachelor's? E.g. 2020/21.",
                "In che anno accademico ti sei immatricolato per la prima volta alla triennale? Ad esempio 2020/21.",
                Question.Choice.same(recent.toString()), Question.Choice.same(recent.previous().toString()),
                Question.Choice.same(recent.previous().previous().toString()));
    }

    private static Parsed<LocalDate> parseEnrolled(String text, AdmissionAnswers a, FlowContext c) {
        Parsed<LocalDate> parsed = AnswerParsers.date(text);
        if (parsed instanceof Parsed.Accepted<LocalDate> accepted) {
            LocalDate day = accepted.value();
            Optional<AcademicYear> known = a.year();
            if (known.isPresent() && !Career.isPlausibleEnrolmentDay(known.get(), day)) {
                AcademicYear year = known.get();
                return Parsed.refused("Enrolment in " + year + " happens in " + year.startYear() + " (or early "
                                + year.endYear() + "); please check the day, or go back to change the year.",
                        "L'immatricolazione nel " + year + " avviene nel " + year.startYear() + " (o a inizio "
                                + year.endYear() + "); controlla il giorno, o torna indietro per cambiare l'anno.");
            }
        }
        return parsed;
    }

    private static Parsed<LocalDate> parseGraduated(String text, AdmissionAnswers a, FlowContext c) {
        Parsed<LocalDate> parsed = AnswerParsers.date(text);
        if (parsed instanceof Parsed.Accepted<LocalDate> accepted) {
            LocalDate day = accepted.value();
            LocalDate enrolled = a.year().isPresent() ? enrolmentDay(a, c) : LocalDate.MIN;
            if (day.isBefore(enrolled)) {
                return Parsed.refused("That is before your enrolment (" + Dates.show(enrolled) + "); please check the date.",
                        "È prima della tua immatricolazione (" + Dates.showIt(enrolled) + "); controlla la data.");
            }
        }
        return parsed;
    }

    private static Question creditsQuestion(AdmissionAnswers a, FlowContext c) {
        LocalDate check = LocalDate.of(enrolmentDay(a, c).getYear() + 2, Month.OCTOBER, 10);
        return Question.of("How many ECTS credits had you earned by " + Dates.show(check)
                        + "? (N/V is checked on 10 October of the second calendar year after you enrolled.)",
                "Quanti crediti avevi acquisito " + Dates.showIt("al", check)
                        + "? (N/V si verifica al 10 ottobre del secondo anno solare dopo l'immatricolazione.)");
    }

    private static LocalDate enrolmentDay(AdmissionAnswers a, FlowContext c) {
        return a.enrolled().orElseGet(() -> c.config().academicYearStart().atYear(a.year().orElseThrow().startYear()));
    }
}
