package org.ccadmin.bulk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContentFileTest {

    private static final String SSO = "userName,firstName,lastName,newUserName\n";

    private static ContentFile parse(String text) {
        return ContentFile.parse(BulkJobType.SSO_MIGRATION, text.getBytes(StandardCharsets.UTF_8), 1_000_000, 10);
    }

    private static List<String> refusal(byte[] bytes, long maxBytes, int maxRows) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ContentFile.parse(BulkJobType.SSO_MIGRATION, bytes, maxBytes, maxRows));
        return e.errors().stream().map(FieldError::message).toList();
    }

    private static List<String> refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8), 1_000_000, 10);
    }

    @Test
    void recordsKeepTheirLineNumbersAndTextAndSkipBlankLines() {
        ContentFile f = parse(SSO + "a,,,\r\n\r\nb,\"Smith, Jr\",\"say \"\"hi\"\"\",\n");
        assertEquals(2, f.records().size());
        assertEquals(2, f.records().get(0).line());
        assertEquals("a,,,", f.records().get(0).text());
        assertEquals(4, f.records().get(1).line());
        assertEquals(List.of("b", "Smith, Jr", "say \"hi\"", ""), f.records().get(1).cells());
    }

    @Test
    void aQuotedCellMaySpanLinesAndTheNextRecordCountsThem() {
        ContentFile f = parse(SSO + "a,\"two\nlines\",x,\nb,,,\n");
        assertEquals(List.of("a", "two\nlines", "x", ""), f.records().get(0).cells());
        assertEquals(4, f.records().get(1).line());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        assertEquals(1, parse("\uFEFF" + SSO + "a,,,\n").records().size());
    }

    @Test
    void theHeaderIgnoresCaseButNotOrder() {
        assertEquals(1, parse("USERNAME,firstname,LastName,newUserName\na,,,\n").records().size());
        assertTrue(refusal("firstName,userName,lastName,newUserName\n").get(0).startsWith("Line 1: the header must be"));
    }

    @Test
    void columnCountsAndQuotingAreReportedPerLine() {
        List<String> errors = refusal(SSO + "a,,,\nb,,\nc\"d,,,\n\"e,,,\n");
        assertEquals(List.of("Line 3: 3 columns where the header has 4.",
                "Line 4: a quote inside a cell that does not start with one; put the cell in quotes and double the quote.",
                "Line 5: a quoted cell is not closed before the end of the file.",
                "Line 5: 1 columns where the header has 4."), errors);
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        assertTrue(refusal(SSO + "\"a\"b,,,\n").get(0).startsWith("Line 2: text after the closing quote"));
    }

    @Test
    void notUtf8IsRefusedNamingTheLine() {
        byte[] latin1 = (SSO + "ok,,,\nj\u00fcrgen,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(refusal(latin1, 1000, 10).get(0).startsWith("Line 3: the content file is not UTF-8"));
    }

    @Test
    void sizeAndRowLimitsAreRefused() {
        assertTrue(refusal((SSO + "a,,,\n").getBytes(StandardCharsets.UTF_8), 10, 10).get(0).contains("at most 10 are accepted"));
        assertTrue(refusal((SSO + "a,,,\nb,,,\n").getBytes(StandardCharsets.UTF_8), 1000, 1).get(0)
                .equals("The content file has 2 rows; at most 1 are accepted in one job."));
        assertTrue(refusal(new byte[0], 1000, 1).get(0).contains("empty"));
    }

    @Test
    void linesAreQuotedOnlyWhereNeeded() {
        assertEquals("a,\"b,c\",\"d\"\"e\",", ContentFile.line(List.of("a", "b,c", "d\"e", "")));
        assertEquals(List.of("a", "b,c", "d\"e", ""), ContentFile.cells("a,\"b,c\",\"d\"\"e\","));
    }
}
