package org.ccadmin.businesshours.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The effective hours of one date: what decided them, the reason given, and its open spans as instants and as
 * the wall-clock times and offsets in force at each end ({@code minutes} is the real length: 30 for
 * 01:30–03:00 on the night the clocks jump forward).
 */
public record EffectiveDayView(LocalDate date, String weekday, String source, int reasonCode, String reasonText, List<Span> spans) {

    public record Span(Instant start, Instant end, String wallStart, String wallEnd, String startOffset, String endOffset, long minutes) {
    }
}
