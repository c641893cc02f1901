package it.polimi.auic.advisor.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import it.polimi.auic.advisor.calc.AcademicYear;
import it.polimi.auic.advisor.calc.studio.AcademicCalendar;
import it.polimi.auic.advisor.calc.studio.CalendarYear;
import it.polimi.auic.advisor.calc.studio.ExamSession;
import it.polimi.auic.advisor.calc.studio.UsualSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code config/academic-calendar.json}: the three exam sessions (section 9.1) with their usual days, and the
 * dates of the years staff entered, each marked confirmed or still to be confirmed.
 */
final class CalendarFile {

    /** Section 9.1: "For each course ... there are three exam sessions." */
    static final int SESSIONS_PER_YEAR = 3;

    record Json(
            @JsonProperty(value = "sessions", required = true) List<Session> sessions,
            @JsonProperty(value = "years", required = true) List<Year> years) {
    }

    record Session(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "nameIt", required = true) String nameIt,
            @JsonProperty(value = "usualStart", required = true) String usualStart,
            @JsonProperty(value = "usualEnd", required = true) String usualEnd) {
    }

    record Year(
            @JsonProperty(value = "academicYear", required = true) String academicYear,
            @JsonProperty(value = "confirmed", required = true) boolean confirmed,
            @JsonProperty(value = "sessions", required = true) List<Dates> sessions) {
    }

    record Dates(
            @JsonProperty(value = "starts", required = true) String starts,
            @JsonProperty(value = "ends", required = true) String ends) {
    }

    private CalendarFile() {
    }

    static AcademicCalendar read(Path file) {
        Json json = JsonConfigReader.read(file, Json.class);
        ConfigValues values = new ConfigValues(file);
        List<UsualSession> usual = usualSessions(values, values.present("sessions", json.sessions()));
        List<CalendarYear> years = new ArrayList<>();
        Set<AcademicYear> seen = new HashSet<>();
        List<Year> entered = values.present("years", json.years());
        for (int i = 0; i < entered.size(); i++) {
            years.add(year(values, "years[" + i + "]", values.present("years[" + i + "]", entered.get(i)), usual, seen));
        }
        return new AcademicCalendar(years, usual);
    }

    private static List<UsualSession> usualSessions(ConfigValues values, List<Session> sessions) {
        if (sessions.size() != SESSIONS_PER_YEAR) {
            throw values.problem("sessions", "must list the " + SESSIONS_PER_YEAR + " exam sessions of a year, got " + sessions.size());
        }
        List<UsualSession> usual = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            String key = "sessions[" + i + "]";
            Session session = values.present(key, sessions.get(i));
            MonthDay starts = values.monthDay(key + ".usualStart", session.usualStart());
            MonthDay ends = values.monthDay(key + ".usualEnd", session.usualEnd());
            if (ends.isBefore(starts)) {
                throw values.problem(key + ".usualEnd", "must not be before usualStart " + session.usualStart()
                        + " (all three sessions fall in the second calendar year of an academic year), got \"" + session.usualEnd() + "\"");
            }
            if (!usual.isEmpty() && !starts.isAfter(usual.get(usual.size() - 1).ends())) {
                throw values.problem(key + ".usualStart", "must be after the previous session ends, got \"" + session.usualStart() + "\"");
            }
            usual.add(new UsualSession(values.text(key + ".name", session.name()),
                    values.text(key + ".nameIt", session.nameIt()), starts, ends));
        }
        return usual;
    }

    private static CalendarYear year(ConfigValues values, String key, Year json, List<UsualSession> usual,
                                     Set<AcademicYear> seen) {
        AcademicYear year = values.academicYear(key + ".academicYear", json.academicYear());
        if (!seen.add(year)) {
            throw values.problem(key + ".academicYear", "gives " + year + ", which an earlier entry of years gives too");
        }
        List<Dates> dates = values.present(key + ".sessions", json.sessions());
        if (dates.size() != SESSIONS_PER_YEAR) {
            throw values.problem(key + ".sessions", "must list " + SESSIONS_PER_YEAR + " sessions, got " + dates.size());
        }
        // A session of 2026/27 cannot start before September 2026 nor end after 2027.
        LocalDate earliest = LocalDate.of(year.startYear(), 9, 1);
        LocalDate latest = LocalDate.of(year.endYear(), 12, 31);
        List<ExamSession> sessions = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            String sessionKey = key + ".sessions[" + i + "]";
            Dates session = values.present(sessionKey, dates.get(i));
            LocalDate starts = values.date(sessionKey + ".starts", session.starts());
            LocalDate ends = values.date(sessionKey + ".ends", session.ends());
            if (starts.isBefore(earliest) || ends.isAfter(latest)) {
                throw values.problem(sessionKey, "must fall between " + earliest + " and " + latest
                        + " for " + year + ", got " + starts + " to " + ends);
            }
            if (ends.isBefore(starts)) {
                throw values.problem(sessionKey + ".ends", "must not be before starts " + starts + ", got " + ends);
            }
            if (!sessions.isEmpty() && !starts.isAfter(sessions.get(sessions.size() - 1).ends())) {
                throw values.problem(sessionKey + ".starts", "must be after the previous session ends, got " + starts);
            }
            UsualSession named = usual.get(i);
            sessions.add(new ExamSession(named.name(), named.nameIt(), starts, ends));
        }
        return new CalendarYear(year, json.confirmed(), sessions);
    }
}
