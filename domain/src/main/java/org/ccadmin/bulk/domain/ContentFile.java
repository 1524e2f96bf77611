package org.ccadmin.bulk.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    static final int MAX_REPORTED = 20;

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
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<FieldError> errors = new ArrayList<>();
        List<CsvRecord> all = new Reader(text, errors).records();
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
                report(errors, "invalidInput.columnCount", r.line(), r.cells().size() + " columns where the header has "
                        + expected.size() + ".");
            }
        }
        if (!errors.isEmpty()) {
            // In the file's order (a stable sort: a line's quoting problem before its column count).
            errors.sort(java.util.Comparator.comparingInt(ContentFile::lineOf));
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), MAX_REPORTED)));
        }
        return new ContentFile(type, header.text(), rows);
    }

    /** The cells of one record's text as written (a stored row read back); quoting as in {@link #parse}. */
    public static List<String> cells(String recordText) {
        List<FieldError> errors = new ArrayList<>();
        List<CsvRecord> records = new Reader(recordText, errors).records();
        if (!errors.isEmpty() || records.size() != 1) {
            throw new IllegalArgumentException("Not one CSV record: " + recordText);
        }
        return records.get(0).cells();
    }

    /** One CSV line of these cells, quoted where needed. */
    public static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int lineOf(FieldError e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Line (\\d+):").matcher(e.message());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void report(List<FieldError> errors, String code, int line, String message) {
        if (errors.size() < MAX_REPORTED) {
            errors.add(new FieldError(FIELD, code, "Line " + line + ": " + message));
        }
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw InvalidInputException.of(FIELD, "invalidInput.encoding", "Line " + line + ": the content file is not UTF-8 "
                    + "(byte " + (in.position() + 1) + "); save it as UTF-8 (CSV UTF-8 in a spreadsheet).");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** RFC 4180 records with the line each starts on; blank lines are no records. */
    private static final class Reader {
        private final String text;
        private final List<FieldError> errors;
        private int pos;
        private int line = 1;

        Reader(String text, List<FieldError> errors) {
            this.text = text;
            this.errors = errors;
        }

        List<CsvRecord> records() {
            List<CsvRecord> records = new ArrayList<>();
            while (pos < text.length()) {
                int startLine = line;
                int start = pos;
                List<String> cells = record(startLine);
                int end = pos;
                // Drop the line break that ended the record from its text.
                if (end > start && text.charAt(end - 1) == '\n') {
                    end--;
                }
                if (end > start && text.charAt(end - 1) == '\r') {
                    end--;
                }
                String raw = text.substring(start, end);
                if (!raw.isBlank() || cells.size() > 1) {
                    records.add(new CsvRecord(startLine, raw, cells));
                }
            }
            return records;
        }

        /** Reads one record, up to and including its line break. */
        private List<String> record(int startLine) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean afterQuote = false;
            boolean reported = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        line += c == '\n' ? 1 : 0;
                        cell.append(c);
                    }
                    continue;
                }
                if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    cells.add(cell.toString());
                    return cells;
                } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                    quoted = true;
                } else if ((c == '"' || afterQuote) && !reported) {
                    report(errors, "invalidInput.quoting", line, afterQuote
                            ? "text after the closing quote of a cell; put the whole cell in quotes and double any quote inside it."
                            : "a quote inside a cell that does not start with one; put the cell in quotes and double the quote.");
                    reported = true;
                    cell.append(c);
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                report(errors, "invalidInput.quoting", startLine, "a quoted cell is not closed before the end of the file.");
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
