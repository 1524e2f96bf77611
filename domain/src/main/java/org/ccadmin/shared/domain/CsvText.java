package org.ccadmin.shared.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as files exchanged with administrators write it: UTF-8 (a byte order mark is allowed and dropped),
 * RFC 4180 records (commas, double quotes around cells that hold commas, quotes or line breaks, {@code ""} for
 * a quote), blank lines skipped, and each record with the line it starts on, so that problems name lines.
 * Problems are reported as field errors of the file's field, {@code "Line n: …"}, at most
 * {@value #MAX_REPORTED} of them.
 */
public final class CsvText {

    public static final int MAX_REPORTED = 20;

    private CsvText() {
    }

    /** The file's text; not UTF-8 → refused under {@code field}, naming the line and the file ({@code what}). */
    public static String decode(byte[] bytes, String field, String what) {
        String text = decodeUtf8(bytes, field, what);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The records of {@code text}; quoting problems are added to {@code errors} under {@code field}. */
    public static List<CsvRecord> records(String text, String field, List<FieldError> errors) {
        return new Reader(text, field, errors).records();
    }

    /** The cells of one record's text as written (a stored row read back), quoted as {@link #records} reads them. */
    public static List<String> cells(String recordText) {
        List<FieldError> errors = new ArrayList<>();
        List<CsvRecord> records = new Reader(recordText, "csv", errors).records();
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

    /** The line number a {@code "Line n: …"} message names (0: none), to sort problems in the file's order. */
    public static int lineOf(FieldError e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Line (\\d+):").matcher(e.message());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    public static void report(List<FieldError> errors, String field, String code, int line, String message) {
        if (errors.size() < MAX_REPORTED) {
            errors.add(new FieldError(field, code, "Line " + line + ": " + message));
        }
    }

    private static String decodeUtf8(byte[] bytes, String field, String what) {
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
            throw InvalidInputException.of(field, "invalidInput.encoding", "Line " + line + ": the " + what + " is not UTF-8 "
                    + "(byte " + (in.position() + 1) + "); save it as UTF-8 (CSV UTF-8 in a spreadsheet).");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** RFC 4180 records with the line each starts on; blank lines are no records. */
    private static final class Reader {
        private final String text;
        private final String field;
        private final List<FieldError> errors;
        private int pos;
        private int line = 1;

        Reader(String text, String field, List<FieldError> errors) {
            this.text = text;
            this.field = field;
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
                    report(errors, field, "invalidInput.quoting", line, afterQuote
                            ? "text after the closing quote of a cell; put the whole cell in quotes and double any quote inside it."
                            : "a quote inside a cell that does not start with one; put the cell in quotes and double the quote.");
                    reported = true;
                    cell.append(c);
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                report(errors, field, "invalidInput.quoting", startLine, "a quoted cell is not closed before the end of the file.");
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
