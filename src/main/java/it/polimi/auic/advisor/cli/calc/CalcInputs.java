package it.polimi.auic.advisor.cli.calc;

import com.fasterxml.jackson.databind.JsonNode;
import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.InvalidInputException;
import it.polimi.auic.advisor.calc.admission.AdmissionInput;
import it.polimi.auic.advisor.calc.admission.Career;
import it.polimi.auic.advisor.calc.alliance.AllianceInput;
import it.polimi.auic.advisor.calc.alliance.ApplicationCall;
import it.polimi.auic.advisor.calc.alliance.Site;
import it.polimi.auic.advisor.calc.gparam.Exam;
import it.polimi.auic.advisor.calc.gparam.GParamInput;
import it.polimi.auic.advisor.calc.merit.MeritInput;
import it.polimi.auic.advisor.calc.studio.Attendance;
import it.polimi.auic.advisor.calc.studio.StudioInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the contract's JSON input of each calculator to its input record. Types are checked here; ranges and
 * cross-field rules in the records themselves, whose complaints come back as the same one-line message.
 */
public final class CalcInputs {

    private CalcInputs() {
    }

    public static AdmissionInput admission(String json) {
        JsonFields in = JsonFields.parse(json).allowOnly("polimiBachelor", "enrolmentAcademicYear", "enrolmentDate",
                "graduationDate", "creditsByCheckDate", "averageByCheckDate", "englishCertified", "bachelorClass",
                "bachelorProgramme");
        boolean polimi = in.bool("polimiBachelor");
        AcademicYear year = in.academicYear("enrolmentAcademicYear");
        Optional<LocalDate> enrolled = in.optionalDate("enrolmentDate");
        LocalDate graduated = in.date("graduationDate");
        int credits = in.integer("creditsByCheckDate");
        BigDecimal average = in.number("averageByCheckDate");
        boolean english = in.bool("englishCertified");
        String bachelorClass = in.string("bachelorClass", "a degree class like \"L-17\"");
        Optional<String> programme = in.optionalString("bachelorProgramme", "the BSc programme name");
        try {
            Career career = new Career(year, enrolled, graduated, credits, average, english);
            return new AdmissionInput(polimi, bachelorClass, programme, Optional.of(career));
        } catch (InvalidInputException e) {
            throw JsonFields.fromDomain(e, "");
        }
    }

    public static MeritInput merit(String json) {
        JsonFields in = JsonFields.parse(json).allowOnly("weightedAverage", "credits", "portfolioPoints",
                "traineeshipPoints", "otherQualificationsPoints", "polimiGraduating", "registeredCredits");
        BigDecimal average = in.number("weightedAverage");
        int credits = in.integer("credits");
        BigDecimal portfolio = in.number("portfolioPoints");
        BigDecimal traineeship = in.number("traineeshipPoints");
        BigDecimal other = in.number("otherQualificationsPoints");
        boolean graduating = in.bool("polimiGraduating");
        Optional<Integer> registered = in.optionalInteger("registeredCredits");
        try {
            return new MeritInput(average, credits, portfolio, traineeship, other, graduating, registered);
        } catch (InvalidInputException e) {
            throw JsonFields.fromDomain(e, "");
        }
    }

    public static AllianceInput alliance(String json) {
        JsonFields in = JsonFields.parse(json).allowOnly("applicationCall", "semesters", "creditsAbroad",
                "polimiTeachingCredits");
        ApplicationCall call = in.choice("applicationCall", ApplicationCall.class);
        List<JsonNode> items = in.array("semesters", "a list of " + JsonFields.names(Site.class));
        List<Site> semesters = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String name = "semesters[" + i + "]";
            if (!item.isTextual()) {
                throw in.problem(name, "must be one of " + JsonFields.names(Site.class) + " in quotes, got " + JsonFields.kind(item));
            }
            semesters.add(in.choiceOf(name, item.textValue(), Site.class));
        }
        Map<Site, BigDecimal> creditsAbroad = creditsAbroad(in.object("creditsAbroad", "an object like {\"TU_BERLIN\": 20, \"ETSAM\": 10}"));
        int polimiCredits = in.integer("polimiTeachingCredits");
        try {
            return new AllianceInput(call, semesters, creditsAbroad, polimiCredits);
        } catch (InvalidInputException e) {
            throw JsonFields.fromDomain(e, "");
        }
    }

    private static Map<Site, BigDecimal> creditsAbroad(JsonFields credits) {
        Map<Site, BigDecimal> byPartner = new EnumMap<>(Site.class);
        for (String name : credits.fieldNames()) {
            Site partner = Site.TU_BERLIN.name().equals(name) ? Site.TU_BERLIN
                    : Site.ETSAM.name().equals(name) ? Site.ETSAM : null;
            if (partner == null) {
                throw credits.problem(name, "unknown partner; expected TU_BERLIN, ETSAM");
            }
            if (credits.has(name)) {
                byPartner.put(partner, credits.number(name));
            }
        }
        return byPartner;
    }

    public static StudioInput studio(String json, LocalDate today) {
        JsonFields in = JsonFields.parse(json).allowOnly("attendanceAcademicYear", "attendedHours", "totalHours",
                "attendancePercent", "asOf");
        AcademicYear year = in.academicYear("attendanceAcademicYear");
        Attendance attendance = attendance(in);
        LocalDate asOf = in.optionalDate("asOf").orElse(today);
        try {
            return new StudioInput(year, attendance, asOf);
        } catch (InvalidInputException e) {
            throw JsonFields.fromDomain(e, "");
        }
    }

    private static Attendance attendance(JsonFields in) {
        boolean percent = in.has("attendancePercent");
        boolean attended = in.has("attendedHours");
        boolean total = in.has("totalHours");
        if (percent && (attended || total)) {
            throw in.problem("attendancePercent", "give either attendancePercent or attendedHours and totalHours, not both");
        }
        if (!percent && !attended && !total) {
            throw in.problem("attendancePercent", "is required (a number from 0 to 100), unless attendedHours and totalHours are given");
        }
        try {
            if (percent) {
                return new Attendance.Percent(in.number("attendancePercent"));
            }
            return new Attendance.Hours(in.number("attendedHours"), in.number("totalHours"));
        } catch (InvalidInputException e) {
            throw JsonFields.fromDomain(e, "");
        }
    }

    public static GParamInput gparam(String json) {
        JsonFields in = JsonFields.parse(json).allowOnly("exams");
        String expected = "a list of exams like {\"grade\": 28, \"credits\": 8, \"honours\": false}";
        List<JsonNode> items = in.array("exams", expected);
        List<Exam> exams = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields exam = in.element("exams", i, items.get(i), "an exam like {\"grade\": 28, \"credits\": 8}")
                    .allowOnly("grade", "credits", "honours");
            int grade = exam.integer("grade");
            int credits = exam.integer("credits");
            boolean honours = exam.optionalBool("honours").orElse(false);
            try {
                exams.add(new Exam(grade, credits, honours));
            } catch (InvalidInputException e) {
                throw JsonFields.fromDomain(e, exam.path());
            }
        }
        try {
            return new GParamInput(exams);
        } catch (InvalidInputException e) {
            throw JsonFields.fromDomain(e, "");
        }
    }
}
