package org.ccadmin.businesshours.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccadmin.shared.domain.CsvRecord;
import org.ccadmin.shared.domain.CsvText;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Violations;

/**
 * Special days as a CSV file, for import and export: {@value #HEADER}. {@code hours} holds an open day's
 * intervals, {@code 11:00-14:00;15:00-17:00}. A file is read whole or refused whole: every bad line is reported
 * with its number (at most {@value CsvText#MAX_REPORTED}), and nothing of a refused file is applied.
 */
public final class SpecialDayFile {

    public static final String FIELD = "file";
    public static final String HEADER = "date,repeat,status,hours,description,statusReasonCode";
    public static final int MAX_BYTES = 1_000_000;
    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    private SpecialDayFile() {
    }

    /** The template: the header and two example lines (a yearly holiday, a day with hours of its own). */
    public static String template() {
        return HEADER + "\r\n" + "2026-12-25,YEARLY,CLOSED,,Christmas Day,2\r\n" + "2026-12-24,NONE,OPEN,09:00-13:00,Christmas Eve,1\r\n";
    }

    /** The file of these special days: what an import of it gives back. */
    public static String write(List<SpecialDayEntry> days) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (SpecialDayEntry e : days) {
            out.append(CsvText.line(List.of(e.date().toString(), e.repeat().name(), e.day().open() ? "OPEN" : "CLOSED",
                    String.join(";", e.day().intervals().stream().map(OpenInterval::toString).toList()),
                    e.day().description() == null ? "" : e.day().description(), Integer.toString(e.day().reasonCode())))).append("\r\n");
        }
        return out.toString();
    }

    /** The file's special days, each with the line it came from; the file is refused whole on any problem. */
    public static List<Line> read(byte[] bytes) {
        return read(bytes, codes -> java.util.Set.of());
    }

    /**
     * As {@link #read(byte[])}, also reporting each line whose status reason does not exist ({@code unknownOf}
     * answers which of the codes are unknown), so that one upload lists every bad line at once.
     */
    public static List<Line> read(byte[] bytes, java.util.function.Function<List<Integer>, java.util.Set<Integer>> unknownOf) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(FIELD, "invalidInput.fieldRequired", "The file is empty; it needs the header " + HEADER
                    + " and at least one line.");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(FIELD, "invalidInput.fileTooLarge", "The file has " + bytes.length + " bytes; at most "
                    + MAX_BYTES + " are accepted.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<CsvRecord> records = CsvText.records(CsvText.decode(bytes, FIELD, "file"), FIELD, errors);
        if (records.isEmpty() || !records.get(0).cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList()
                .equals(COLUMNS.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList())) {
            throw InvalidInputException.of(FIELD, "invalidInput.header", "Line 1: the header must be " + HEADER
                    + (records.isEmpty() ? "; the file has no lines." : "; it is " + records.get(0).text() + "."));
        }
        if (records.size() == 1) {
            throw InvalidInputException.of(FIELD, "invalidInput.fieldRequired", "The file has a header but no special days.");
        }
        List<Line> lines = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            if (r.cells().size() != COLUMNS.size()) {
                CsvText.report(errors, FIELD, "invalidInput.columnCount", r.line(), r.cells().size() + " columns where the header has "
                        + COLUMNS.size() + ".");
                continue;
            }
            Violations v = new Violations();
            SpecialDayEntry e = ScheduleText.special(special(r, v), v, "line");
            if (e != null) {
                ScheduleCheck.checkReason(v, "line.statusReasonCode", e.day());
            }
            v.errors().forEach(err -> CsvText.report(errors, FIELD, err.code(), r.line(),
                    err.message().startsWith("line.") ? err.message().substring(5) : err.message()));
            if (e != null && v.isEmpty()) {
                lines.add(new Line(r.line(), e));
            }
        }
        java.util.Set<Integer> unknown = unknownOf.apply(lines.stream().map(l -> l.entry().day().reasonCode()).toList());
        for (Line l : lines) {
            if (unknown.contains(l.entry().day().reasonCode())) {
                CsvText.report(errors, FIELD, "invalidInput.unknownReference", l.line(), "no status reason with code "
                        + l.entry().day().reasonCode() + " exists; create it under Status Reasons first.");
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(CsvText::lineOf));
            throw new InvalidInputException(errors);
        }
        return lines;
    }

    private static ScheduleText.Special special(CsvRecord r, Violations v) {
        List<String> c = r.cells();
        Integer reason = null;
        if (!c.get(5).isBlank()) {
            try {
                reason = Integer.valueOf(c.get(5).strip());
            } catch (NumberFormatException e) {
                v.add("statusReasonCode", "invalidInput.wrongType", "statusReasonCode must be a whole number, not '" + c.get(5) + "'.");
            }
        }
        List<ScheduleText.Interval> intervals = ScheduleText.hours(c.get(3));
        return new ScheduleText.Special(c.get(0), c.get(1), c.get(2), intervals, c.get(4).isBlank() ? null : c.get(4), reason);
    }

    /** A special day of the file and the line it is on. */
    public record Line(int line, SpecialDayEntry entry) {
    }

    /** How an import combines the file with the special days already there. */
    public enum Mode {
        /** Special days of dates in the file are replaced by the file's, the others stay. */
        MERGE,
        /** The file's special days replace all of them. */
        REPLACE;

        public List<SpecialDayEntry> combine(List<SpecialDayEntry> existing, List<SpecialDayEntry> imported) {
            if (this == REPLACE) {
                return List.copyOf(imported);
            }
            List<SpecialDayEntry> out = new ArrayList<>(existing.stream()
                    .filter(e -> imported.stream().noneMatch(i -> i.date().equals(e.date()))).toList());
            out.addAll(imported);
            out.sort(java.util.Comparator.comparing(SpecialDayEntry::date));
            return out;
        }
    }
}
