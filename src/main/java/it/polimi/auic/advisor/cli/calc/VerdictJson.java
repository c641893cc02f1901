package it.polimi.auic.advisor.cli.calc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import it.polimi.auic.advisor.calc.Finding;
import it.polimi.auic.advisor.calc.admission.AdmissionVerdict;
import it.polimi.auic.advisor.calc.alliance.AllianceVerdict;
import it.polimi.auic.advisor.calc.gparam.GParamVerdict;
import it.polimi.auic.advisor.calc.merit.MeritVerdict;
import it.polimi.auic.advisor.calc.studio.StudioVerdict;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes each verdict as the contract's JSON object: its fields in the contract's order, then the findings. */
public final class VerdictJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private VerdictJson() {
    }

    public static String admission(AdmissionVerdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcome", verdict.outcome().name());
        out.put("checkDate", verdict.checkDate().map(Object::toString).orElse(null));
        out.put("threshold", verdict.threshold().map(t -> {
            Map<String, Object> threshold = new LinkedHashMap<>();
            threshold.put("credits", t.credits());
            threshold.put("average", plain(t.average()));
            return threshold;
        }).orElse(null));
        return write(out, verdict.findings());
    }

    public static String merit(MeritVerdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("curriculumPoints", verdict.curriculumPoints());
        out.put("portfolioPoints", plain(verdict.portfolioPoints()));
        out.put("traineeshipPoints", plain(verdict.traineeshipPoints()));
        out.put("otherQualificationsPoints", plain(verdict.otherQualificationsPoints()));
        out.put("total", verdict.total());
        out.put("minimumForAdmission", plain(verdict.minimumForAdmission()));
        out.put("eligible", verdict.eligible());
        out.put("curriculumPointsAreEstimate", true);
        return write(out, verdict.findings());
    }

    public static String alliance(AllianceVerdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", verdict.valid());
        return write(out, verdict.findings());
    }

    public static String studio(StudioVerdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attendancePercent", verdict.attendancePercent());
        out.put("attendanceAcquired", verdict.attendanceAcquired());
        out.put("examWindowAcademicYear", verdict.examWindow().toString());
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("name", verdict.lastSession().name());
        last.put("ends", verdict.lastSession().ends().toString());
        last.put("dateStatus", verdict.dateStatus().name());
        out.put("lastSession", last);
        out.put("expired", verdict.expired());
        out.put("mustReattend", verdict.mustReattend());
        return write(out, verdict.findings());
    }

    public static String gparam(GParamVerdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("G", plain(verdict.g()));
        out.put("weightedAverage", verdict.weightedAverage());
        out.put("credits", verdict.credits());
        out.put("exams", verdict.exams());
        return write(out, verdict.findings());
    }

    /** 27.00 as 27 and 25.50 as 25.5: the value as given, without a scale the input did not have. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String write(Map<String, Object> out, List<Finding> findings) {
        List<Map<String, Object>> list = findings.stream().map(finding -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", finding.rule());
            item.put("met", finding.met());
            item.put("document", finding.document());
            item.put("section", finding.section());
            item.put("detail", finding.detail());
            return item;
        }).toList();
        out.put("findings", list);
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a verdict could not be written as JSON", e);
        }
    }
}
