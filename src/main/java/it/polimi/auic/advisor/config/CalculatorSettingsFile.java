package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.admission.AdmissionPolicy;
import it.polimi.auic.advisor.calc.admission.DegreeClass;
import it.polimi.auic.advisor.calc.admission.NvThreshold;
import it.polimi.auic.advisor.calc.gparam.GParamPolicy;
import it.polimi.auic.advisor.calc.merit.MeritPoint;
import it.polimi.auic.advisor.calc.merit.MeritPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code config/calculators.json}: its JSON shape, and its validation into the calculators' policies. */
record CalculatorSettingsFile(MonthDay academicYearStart, AdmissionPolicy admission, MeritPolicy merit, GParamPolicy gparam) {

    record Json(
            @JsonProperty(value = "academicYearStart", required = true) String academicYearStart,
            @JsonProperty(value = "admission", required = true) Admission admission,
            @JsonProperty(value = "merit", required = true) Merit merit,
            @JsonProperty(value = "gparam", required = true) GParam gparam) {
    }

    record Admission(
            @JsonProperty(value = "nvThresholds", required = true) List<Threshold> nvThresholds,
            @JsonProperty(value = "compliantClasses", required = true) List<String> compliantClasses,
            @JsonProperty(value = "excludedClasses", required = true) List<String> excludedClasses,
            @JsonProperty(value = "debitExceptionProgrammes", required = true) List<String> debitExceptionProgrammes) {
    }

    record Threshold(
            @JsonProperty(value = "fromYear", required = true) String fromYear,
            @JsonProperty(value = "toYear", required = true) String toYear,
            @JsonProperty(value = "credits", required = true) int credits,
            @JsonProperty(value = "average", required = true) BigDecimal average) {
    }

    record Merit(@JsonProperty(value = "curriculumPoints", required = true) List<Point> curriculumPoints) {
    }

    record Point(
            @JsonProperty(value = "average", required = true) BigDecimal average,
            @JsonProperty(value = "points", required = true) BigDecimal points) {
    }

    record GParam(@JsonProperty(value = "honoursValue", required = true) BigDecimal honoursValue) {
    }

    private static final BigDecimal MIN_AVERAGE = BigDecimal.valueOf(18);
    private static final BigDecimal MAX_AVERAGE = BigDecimal.valueOf(30);

    static CalculatorSettingsFile read(Path file) {
        Json json = JsonConfigReader.read(file, Json.class);
        ConfigValues values = new ConfigValues(file);
        MonthDay start = values.monthDay("academicYearStart", json.academicYearStart());
        return new CalculatorSettingsFile(start, admission(values, values.present("admission", json.admission()), start),
                merit(values, values.present("merit", json.merit())), gparam(values, values.present("gparam", json.gparam())));
    }

    private static AdmissionPolicy admission(ConfigValues values, Admission json, MonthDay start) {
        List<NvThreshold> thresholds = thresholds(values, values.nonEmpty("admission.nvThresholds", json.nvThresholds()));
        Set<String> compliant = classes(values, "admission.compliantClasses", json.compliantClasses());
        Set<String> excluded = classes(values, "admission.excludedClasses", json.excludedClasses());
        for (String bsc : compliant) {
            if (excluded.contains(bsc)) {
                throw values.problem("admission.compliantClasses", "lists " + bsc + ", which admission.excludedClasses lists too; a class cannot be in both");
            }
        }
        List<String> exceptions = new ArrayList<>();
        List<String> names = values.present("admission.debitExceptionProgrammes", json.debitExceptionProgrammes());
        for (int i = 0; i < names.size(); i++) {
            exceptions.add(values.text("admission.debitExceptionProgrammes[" + i + "]", names.get(i)));
        }
        return new AdmissionPolicy(thresholds, compliant, excluded, exceptions, start);
    }

    private static List<NvThreshold> thresholds(ConfigValues values, List<Threshold> rows) {
        List<NvThreshold> thresholds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String key = "admission.nvThresholds[" + i + "]";
            Threshold row = rows.get(i);
            AcademicYear from = values.academicYear(key + ".fromYear", row.fromYear());
            Optional<AcademicYear> to = row.toYear() == null ? Optional.empty()
                    : Optional.of(values.academicYear(key + ".toYear", row.toYear()));
            if (to.isPresent() && to.get().compareTo(from) < 0) {
                throw values.problem(key + ".toYear", "must not be before fromYear " + from + ", got " + to.get());
            }
            if (row.credits() < 0 || row.credits() > 360) {
                throw values.problem(key + ".credits", "must be between 0 and 360, got " + row.credits());
            }
            BigDecimal average = values.between(key + ".average", row.average(), MIN_AVERAGE, MAX_AVERAGE);
            if (!thresholds.isEmpty()) {
                Optional<AcademicYear> previousEnd = thresholds.get(thresholds.size() - 1).to();
                if (previousEnd.isEmpty() || from.compareTo(previousEnd.get()) <= 0) {
                    throw values.problem(key + ".fromYear", "must come after the previous row's years, got " + from);
                }
            }
            thresholds.add(new NvThreshold(from, to, row.credits(), average));
        }
        return thresholds;
    }

    private static Set<String> classes(ConfigValues values, String key, List<String> listed) {
        Set<String> classes = new LinkedHashSet<>();
        List<String> raw = values.present(key, listed);
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            int index = i;
            String bsc = DegreeClass.normalize(value).filter(canonical -> canonical.equals(value))
                    .orElseThrow(() -> values.problem(key + "[" + index + "]",
                            "must be a degree class written like \"L-17\", not \"" + value + "\""));
            classes.add(bsc);
        }
        return classes;
    }

    private static MeritPolicy merit(ConfigValues values, Merit json) {
        List<Point> points = values.nonEmpty("merit.curriculumPoints", json.curriculumPoints());
        if (points.size() < 2) {
            throw values.problem("merit.curriculumPoints", "needs at least two points (average 18 and average 30)");
        }
        List<MeritPoint> mapping = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String key = "merit.curriculumPoints[" + i + "]";
            BigDecimal average = values.between(key + ".average", points.get(i).average(), MIN_AVERAGE, MAX_AVERAGE);
            BigDecimal score = values.between(key + ".points", points.get(i).points(), BigDecimal.ZERO, BigDecimal.valueOf(110));
            if (!mapping.isEmpty()) {
                MeritPoint previous = mapping.get(mapping.size() - 1);
                if (average.compareTo(previous.average()) <= 0) {
                    throw values.problem(key + ".average", "must be higher than the previous point's, got " + average.toPlainString());
                }
                if (score.compareTo(previous.points()) < 0) {
                    throw values.problem(key + ".points", "must not be lower than the previous point's, got " + score.toPlainString());
                }
            }
            mapping.add(new MeritPoint(average, score));
        }
        if (mapping.get(0).average().compareTo(MIN_AVERAGE) != 0) {
            throw values.problem("merit.curriculumPoints[0].average", "must be 18, so that every average is covered");
        }
        if (mapping.get(mapping.size() - 1).average().compareTo(MAX_AVERAGE) != 0) {
            throw values.problem("merit.curriculumPoints[" + (mapping.size() - 1) + "].average",
                    "must be 30, so that every average is covered");
        }
        return new MeritPolicy(mapping);
    }

    private static GParamPolicy gparam(ConfigValues values, GParam json) {
        return new GParamPolicy(values.between("gparam.honoursValue", json.honoursValue(),
                GParamPolicy.MIN_HONOURS_VALUE, GParamPolicy.MAX_HONOURS_VALUE));
    }
}
