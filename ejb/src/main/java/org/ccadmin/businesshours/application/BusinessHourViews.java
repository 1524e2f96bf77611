package org.ccadmin.businesshours.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.ccadmin.businesshours.domain.BusinessCalendar;
import org.ccadmin.businesshours.domain.BusinessHour;
import org.ccadmin.businesshours.domain.BusinessStatus;
import org.ccadmin.businesshours.domain.DayHours;
import org.ccadmin.businesshours.domain.OpenInterval;
import org.ccadmin.businesshours.domain.OpenSpan;
import org.ccadmin.businesshours.domain.SpecialDayEntry;

/** Turns business hours into views, evaluating their status at the clock's now. */
@ApplicationScoped
public class BusinessHourViews {

    @Inject
    private Clock clock;

    @Inject
    private ReasonTexts reasons;

    public BusinessHourView of(BusinessHour b) {
        BusinessCalendar calendar = b.calendar();
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        List<BusinessHourView.Regular> regular = b.regularHours().stream()
                .map(r -> new BusinessHourView.Regular(r.day().name(), r.interval().start().toString(), r.interval().endText())).toList();
        List<BusinessHourView.Special> special = b.specialDays().stream().map(e -> special(e, today)).toList();
        return new BusinessHourView(b.id(), b.name(), b.description(), b.timeZone(), b.type().name(), b.status().name(),
                b.statusReasonCode(), regular, special, status(calendar), b.changeStamp());
    }

    public BusinessHourView.RuntimeStatus status(BusinessCalendar calendar) {
        BusinessStatus s = calendar.statusAt(clock.instant());
        return new BusinessHourView.RuntimeStatus(s.open(), s.reasonCode(), reasons.text(s.reasonCode()), s.source().name(), s.until());
    }

    public List<EffectiveDayView> effective(BusinessHour b, LocalDate from, LocalDate to) {
        BusinessCalendar calendar = b.calendar();
        ZoneId zone = calendar.zone();
        return calendar.effective(from, to).stream().map(d -> day(d, zone)).toList();
    }

    private EffectiveDayView day(DayHours d, ZoneId zone) {
        List<EffectiveDayView.Span> spans = d.spans().stream().map(s -> span(s, zone)).toList();
        int reason = d.spans().isEmpty() ? d.closedReason() : d.openReason();
        return new EffectiveDayView(d.date(), d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), d.source().name(),
                reason, reasons.text(reason), spans);
    }

    private static EffectiveDayView.Span span(OpenSpan s, ZoneId zone) {
        // The wall clock as it reads at each end once the daylight-saving policy has placed it.
        var start = s.start().atZone(zone);
        var end = s.end().atZone(zone);
        return new EffectiveDayView.Span(s.start(), s.end(), start.toLocalTime().toString(),
                end.toLocalDate().isAfter(start.toLocalDate()) && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "24:00" : end.toLocalTime().toString(),
                start.getOffset().getId().replace("Z", "+00:00"), end.getOffset().getId().replace("Z", "+00:00"),
                Duration.between(s.start(), s.end()).toMinutes());
    }

    private static BusinessHourView.Special special(SpecialDayEntry e, LocalDate today) {
        LocalDate next = null;
        // Eight years: 29 February may skip a leap year at a century.
        for (int year = today.getYear(); next == null && year <= today.getYear() + 8; year++) {
            next = e.day().rule().in(year).filter(d -> !d.isBefore(today)).orElse(null);
        }
        List<BusinessHourView.Interval> intervals = e.day().intervals().stream()
                .map((OpenInterval i) -> new BusinessHourView.Interval(i.start().toString(), i.endText())).toList();
        return new BusinessHourView.Special(e.date(), e.repeat().name(), e.day().rule().toString(), next, e.day().open() ? "OPEN" : "CLOSED",
                intervals, e.day().description(), e.day().reasonCode());
    }
}
