package org.ccadmin.businesshours.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;

/** A regular interval as stored: weekday 1 (Monday) to 7 (Sunday) and wall-clock times HH:MM. */
@Embeddable
public class StoredRegularInterval {

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_time", nullable = false, length = 5)
    private String start;

    @Column(name = "end_time", nullable = false, length = 5)
    private String end;

    protected StoredRegularInterval() {
    }

    static StoredRegularInterval of(RegularInterval r) {
        StoredRegularInterval s = new StoredRegularInterval();
        s.dayOfWeek = r.day().getValue();
        s.start = r.interval().start().toString();
        s.end = r.interval().endText();
        return s;
    }

    RegularInterval interval() {
        return new RegularInterval(DayOfWeek.of(dayOfWeek), OpenInterval.of(start, end));
    }
}
