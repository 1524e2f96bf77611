package org.ccadmin.businesshours.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A special day as stored: its date and how it repeats, open or closed, its intervals as {@code HH:MM-HH:MM,…}. */
@Embeddable
public class StoredSpecialDay {

    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_rule", nullable = false, length = 24)
    private Repeat repeat;

    @Column(name = "open_day", nullable = false)
    private boolean open;

    @Column(name = "intervals", length = 600)
    private String intervals;

    @Column(name = "description", length = 255)
    private String description;

    @Column(name = "reason_code", nullable = false)
    private int reasonCode;

    protected StoredSpecialDay() {
    }

    static StoredSpecialDay of(SpecialDayEntry e) {
        StoredSpecialDay s = new StoredSpecialDay();
        s.date = e.date();
        s.repeat = e.repeat();
        s.open = e.day().open();
        s.intervals = e.day().open() ? String.join(",", e.day().intervals().stream().map(OpenInterval::toString).toList()) : null;
        s.description = e.day().description();
        s.reasonCode = e.day().reasonCode();
        return s;
    }

    SpecialDayEntry entry() {
        List<OpenInterval> list = intervals == null || intervals.isBlank() ? List.of()
                : Arrays.stream(intervals.split(",")).map(t -> OpenInterval.of(t.substring(0, t.indexOf('-')), t.substring(t.indexOf('-') + 1))).toList();
        DateRule rule = repeat.rule(date, new org.ccadmin.shared.domain.Violations(), "date");
        return new SpecialDayEntry(date, repeat, new SpecialDay(rule, open, list, description, reasonCode));
    }
}
