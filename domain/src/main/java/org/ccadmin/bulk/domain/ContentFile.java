package org.ccadmin.bulk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccadmin.shared.domain.CsvRecord;
import org.ccadmin.shared.domain.CsvText;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;

/**
 * A content file checked for its syntax: UTF-8 (a byte order mark is allowed and dropped), at most the
 * given size and number of rows, a header naming exactly the type's columns in their order (ignoring case),
 * and records of RFC 4180 CSV (commas, double quotes around cells that hold commas, quotes or line breaks,
 * {@code ""} for a quote) with as many cells as the header. Blank lines are skipped. A file that breaks any
 * of this is refused as a whole, naming the lines (at most {@value #MAX_REPORTED} problems), so that no job
 * exists for it. What the cells mean is checked later, row by row, while the job runs.
 */
public record ContentFile(BulkJobType type, String header, List<CsvRecord> records) {

    public static final String FIELD = "file";
    static final int MAX_REPORTED = CsvText.MAX_REPORTED;

    public ContentFile {
        records = List.copyOf(records);
    }

    public static ContentFile parse(BulkJobType type, byte[] bytes, long maxBytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(FIELD, "invalidInput.fieldRequired", "The content file is empty; it needs at least "
                    + "the header line.");
        }
        if (bytes.length > maxBytes) {
            throw InvalidInputException.of(FIELD, "invalidInput.fileTooLarge", "The content file has " + bytes.length
                    + " bytes; at most " + maxBytes + " are accepted.");
        }
        String text = CsvText.decode(bytes, FIELD, "content file");
        List<FieldError> errors = new ArrayList<>();
        List<CsvRecord> all = CsvText.records(text, FIELD, errors);
        if (all.isEmpty()) {
            throw InvalidInputException.of(FIELD, "invalidInput.header", "Line 1: the header is missing; expected "
                    + String.join(",", type.columns()) + ".");
        }
        CsvRecord header = all.get(0);
        List<String> names = header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> expected = type.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(expected)) {
            throw InvalidInputException.of(FIELD, "invalidInput.header", "Line " + header.line() + ": the header must be "
                    + String.join(",", type.columns()) + " (a " + type.path() + " file); it is " + header.text() + ".");
        }
        List<CsvRecord> rows = all.subList(1, all.size());
        if (rows.size() > maxRows) {
            errors.add(0, new FieldError(FIELD, "invalidInput.tooManyRows", "The content file has " + rows.size()
                    + " rows; at most " + maxRows + " are accepted in one job."));
        }
        for (CsvRecord r : rows) {
            if (r.cells().size() != expected.size()) {
                CsvText.report(errors, FIELD, "invalidInput.columnCount", r.line(), r.cells().size() + " columns where the header has "
                        + expected.size() + ".");
            }
        }
        if (!errors.isEmpty()) {
            // In the file's order (a stable sort: a line's quoting problem before its column count).
            errors.sort(java.util.Comparator.comparingInt(CsvText::lineOf));
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), MAX_REPORTED)));
        }
        return new ContentFile(type, header.text(), rows);
    }

    /** The cells of one record's text as written (a stored row read back). */
    public static List<String> cells(String recordText) {
        return CsvText.cells(recordText);
    }

    /** One CSV line of these cells, quoted where needed. */
    public static String line(List<String> cells) {
        return CsvText.line(cells);
    }


}
