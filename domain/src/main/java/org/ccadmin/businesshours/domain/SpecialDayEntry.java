package org.ccadmin.businesshours.domain;

import java.time.LocalDate;

/** A special day as the administrator wrote it: a date, how it repeats, and the day it makes. */
public record SpecialDayEntry(LocalDate date, Repeat repeat, SpecialDay day) {
}
