package org.ccadmin.shared.domain;

import java.util.List;

/** One record of a CSV file: the line it starts on (the header is line 1), its text as written, its cells. */
public record CsvRecord(int line, String text, List<String> cells) {

    public CsvRecord {
        cells = List.copyOf(cells);
    }
}
