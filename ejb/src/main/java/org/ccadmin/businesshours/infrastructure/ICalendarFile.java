package org.ccadmin.businesshours.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;
import org.ccadmin.businesshours.domain.OpenInterval;
import org.ccadmin.businesshours.domain.Repeat;
import org.ccadmin.businesshours.domain.SpecialDay;
import org.ccadmin.businesshours.domain.SpecialDayEntry;
import org.ccadmin.businesshours.domain.SystemReasons;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Violations;

/**
 * Special days and holidays as iCalendar (RFC 5545), read and written with ical4j. A closed day is an all-day
 * event; an open special day is one timed event per interval, in the business hour's zone. A yearly rule is an
 * RRULE: {@code FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25}, {@code FREQ=YEARLY;BYMONTH=11;BYDAY=4TH},
 * {@code FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO}. The status reason travels in {@code X-CCADMIN-STATUS-REASON}; events
 * from elsewhere take the reason the import names. Recurrences ccadmin cannot keep (weekly, with an end, every
 * other year, …) are refused, naming the event, rather than silently changed.
 */
public final class ICalendarFile {

    public static final String FIELD = "file";
    public static final String REASON = "X-CCADMIN-STATUS-REASON";
    private static final int MAX_BYTES = 1_000_000;

    private ICalendarFile() {
    }

    public static String write(String name, ZoneId zone, List<SpecialDayEntry> days, Instant now) {
        Calendar calendar = new Calendar().add(new ProdId("-//ccadmin//Business Hours//EN")).add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN).add(new XProperty("X-WR-CALNAME", name)).add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        int n = 0;
        for (SpecialDayEntry e : days) {
            SpecialDay day = e.day();
            String summary = day.description() != null ? day.description() : day.open() ? "Open" : "Closed";
            List<Temporal[]> spans = new ArrayList<>();
            if (day.open()) {
                for (OpenInterval i : day.intervals()) {
                    spans.add(new Temporal[] {i.startOn(e.date()).atZone(zone), i.endOn(e.date()).atZone(zone)});
                }
            } else {
                spans.add(new Temporal[] {e.date(), e.date().plusDays(1)});
            }
            for (Temporal[] span : spans) {
                VEvent event = new VEvent(span[0], span[1], summary);
                event.add(new Uid("ccadmin-" + e.date() + "-" + (++n) + "@" + name));
                // replace, not add: the VEvent constructor already stamps it, and RFC 5545 allows one DTSTAMP.
                event.replace(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
                rule(e).ifPresent(r -> event.add(new RRule<>(r)));
                event.add(new XProperty(REASON, Integer.toString(day.reasonCode())));
                calendar.add(event);
            }
        }
        if (days.stream().anyMatch(e -> e.day().open())) {
            // RFC 5545 §3.2.19: every TZID a DTSTART names needs its VTIMEZONE in the same calendar.
            calendar.add(net.fortuna.ical4j.model.TimeZoneRegistryFactory.getInstance().createRegistry()
                    .getTimeZone(zone.getId()).getVTimeZone());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Cannot write the calendar of " + name + ": " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Optional<String> rule(SpecialDayEntry e) {
        LocalDate d = e.date();
        String weekday = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase(Locale.ROOT);
        return switch (e.repeat()) {
            case NONE -> Optional.empty();
            case YEARLY -> Optional.of("FREQ=YEARLY;BYMONTH=" + d.getMonthValue() + ";BYMONTHDAY=" + d.getDayOfMonth());
            case YEARLY_WEEKDAY -> Optional.of("FREQ=YEARLY;BYMONTH=" + d.getMonthValue() + ";BYDAY=" + ((d.getDayOfMonth() - 1) / 7 + 1) + weekday);
            case YEARLY_LAST_WEEKDAY -> Optional.of("FREQ=YEARLY;BYMONTH=" + d.getMonthValue() + ";BYDAY=-1" + weekday);
        };
    }

    /**
     * The special days of a calendar, in the business hour's {@code zone}: all-day events are closed days, timed
     * events open hours (events of one date make one special day). {@code reason} is the status reason of events
     * without {@value #REASON}. Refused whole, naming each event that cannot be kept.
     */
    public static List<SpecialDayEntry> read(byte[] bytes, ZoneId zone, Integer reason) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(FIELD, bytes == null || bytes.length == 0 ? "invalidInput.fieldRequired" : "invalidInput.fileTooLarge",
                    bytes == null || bytes.length == 0 ? "The calendar file is empty." : "The calendar file has " + bytes.length
                            + " bytes; at most " + MAX_BYTES + " are accepted.");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (ParserException e) {
            throw InvalidInputException.of(FIELD, "invalidInput.calendar", "Line " + e.getLineNo() + ": not iCalendar (RFC 5545): "
                    + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(FIELD, "invalidInput.calendar", "The file is not iCalendar (RFC 5545): " + e.getMessage());
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<VEvent> events = calendar.getComponents("VEVENT");
        if (events.isEmpty()) {
            errors.add(new FieldError(FIELD, "invalidInput.fieldRequired", "The calendar has no events."));
        }
        for (int i = 0; i < events.size(); i++) {
            VEvent event = events.get(i);
            String name = "Event " + (i + 1) + " '" + event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("") + "'";
            Violations v = new Violations();
            try {
                read(event, zone, reason, name, v, drafts);
            } catch (RuntimeException e) {
                v.add(FIELD, "invalidInput.calendar", name + ": cannot be read (" + e.getMessage() + ").");
            }
            v.errors().forEach(err -> errors.add(new FieldError(err.field(), err.code(), err.message())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), 20)));
        }
        List<SpecialDayEntry> out = new ArrayList<>();
        Violations v = new Violations();
        for (Draft d : drafts.values()) {
            out.add(new SpecialDayEntry(d.date, d.repeat, new SpecialDay(d.repeat.rule(d.date, v, FIELD), !d.intervals.isEmpty(),
                    d.intervals, d.description, d.reason)));
        }
        v.throwIfAny();
        return out;
    }

    private static void read(VEvent event, ZoneId zone, Integer defaultReason, String name, Violations v, Map<String, Draft> drafts) {
        Optional<DtStart<Temporal>> start = event.getStartDate();
        if (start.isEmpty()) {
            v.add(FIELD, "invalidInput.calendar", name + ": has no DTSTART.");
            return;
        }
        Temporal from = start.get().getDate();
        Optional<DtEnd<Temporal>> endProperty = event.getEndDate(false);
        Temporal to = endProperty.map(DtEnd::getDate).orElse(null);
        Integer reason = event.getProperty(REASON).map(Property::getValue).map(text -> {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                v.add(FIELD, "invalidInput.calendar", name + ": " + REASON + " must be a whole number, not '" + text + "'.");
                return null;
            }
        }).orElse(defaultReason);
        if (reason == null && v.isEmpty()) {
            v.add("statusReasonCode", "invalidInput.fieldRequired", name + " has no " + REASON + ": name the status reason of such events "
                    + "(statusReasonCode).");
        }
        String summary = event.getProperty(Property.SUMMARY).map(Property::getValue).filter(s -> !s.isBlank()).orElse(null);
        LocalDate date;
        OpenInterval interval = null;
        if (from instanceof LocalDate day) {
            date = day;
            if (to instanceof LocalDate last && ChronoUnit.DAYS.between(day, last) > 1) {
                v.add(FIELD, "invalidInput.calendar", name + ": spans " + ChronoUnit.DAYS.between(day, last)
                        + " days; give one event per closed day.");
            }
        } else {
            ZonedDateTime begin = local(from, zone);
            ZonedDateTime end = to == null ? begin : local(to, zone);
            if (begin == null || end == null) {
                v.add(FIELD, "invalidInput.calendar", name + ": DTSTART/DTEND must be a date or a date-time.");
                return;
            }
            Duration length = Duration.between(begin, end);
            if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(24)) > 0) {
                v.add(FIELD, "invalidInput.calendar", name + ": an open interval lasts more than nothing and at most 24 hours (this one "
                        + length.toMinutes() + " minutes).");
                return;
            }
            if (begin.getSecond() != 0 || end.getSecond() != 0) {
                v.add(FIELD, "invalidInput.calendar", name + ": business hours are in whole minutes.");
                return;
            }
            date = begin.toLocalDate();
            interval = new OpenInterval(begin.toLocalTime().withNano(0), end.toLocalTime().withNano(0));
        }
        Repeat repeat = repeat(event, date, name, v);
        checkReason(event, reason, interval != null, name, v);
        if (!v.isEmpty()) {
            return;
        }
        Draft draft = drafts.computeIfAbsent(date + "/" + repeat, k -> new Draft(date, repeat, summary, reason));
        if (interval != null) {
            draft.intervals.add(interval);
        } else if (!draft.intervals.isEmpty()) {
            v.add(FIELD, "invalidInput.calendar", name + ": " + date + " is both closed all day and open at times.");
        }
    }

    /** The domain's rule that a system reason fits the day, naming the event and where its reason came from. */
    private static void checkReason(VEvent event, Integer reason, boolean open, String name, Violations v) {
        Violations fit = new Violations();
        SystemReasons.checkFits(fit, event.getProperty(REASON).isPresent() ? REASON : "statusReasonCode", reason, open,
                open ? "an open special day (a timed event)" : "a closed day (an all-day event)");
        fit.errors().forEach(e -> v.add(FIELD, e.code(), name + ": " + e.message()));
    }

    private static ZonedDateTime local(Temporal t, ZoneId zone) {
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (t instanceof Instant i) {
            return i.atZone(zone);
        }
        if (t instanceof LocalDateTime floating) {
            return floating.atZone(zone); // floating time: the business hour's wall clock
        }
        return null;
    }

    private static Repeat repeat(VEvent event, LocalDate date, String name, Violations v) {
        Optional<RRule<Temporal>> rrule = event.getProperty(Property.RRULE);
        if (rrule.isEmpty()) {
            return Repeat.NONE;
        }
        Recur<Temporal> r = rrule.get().getRecur();
        String refused = name + ": RRULE " + rrule.get().getValue() + " is not a rule business hours keep (every year on a date, or on the "
                + "1st to 4th or last weekday of a month, without an end)";
        if (r.getFrequency() != Frequency.YEARLY || r.getInterval() > 1 || r.getCount() > 0 || r.getUntil() != null
                || !r.getSetPosList().isEmpty() || r.getMonthList().size() > 1
                || !r.getMonthList().isEmpty() && r.getMonthList().get(0).getMonthOfYear() != date.getMonthValue()) {
            v.add(FIELD, "invalidInput.calendar", refused + ".");
            return null;
        }
        if (r.getDayList().isEmpty()) {
            if (r.getMonthDayList().size() > 1 || r.getMonthDayList().size() == 1 && r.getMonthDayList().get(0) != date.getDayOfMonth()) {
                v.add(FIELD, "invalidInput.calendar", refused + ".");
                return null;
            }
            return Repeat.YEARLY;
        }
        if (r.getDayList().size() > 1 || !r.getMonthDayList().isEmpty()) {
            v.add(FIELD, "invalidInput.calendar", refused + ".");
            return null;
        }
        WeekDay day = r.getDayList().get(0);
        DayOfWeek weekday = WeekDay.getDayOfWeek(day);
        int ordinal = day.getOffset();
        Repeat repeat = ordinal == -1 ? Repeat.YEARLY_LAST_WEEKDAY : ordinal >= 1 && ordinal <= 4 ? Repeat.YEARLY_WEEKDAY : null;
        Violations local = new Violations();
        if (repeat == null || weekday != date.getDayOfWeek() || repeat.rule(date, local, FIELD) == null || !repeat.rule(date, local, FIELD).on(date)
                || repeat == Repeat.YEARLY_WEEKDAY && (date.getDayOfMonth() - 1) / 7 + 1 != ordinal) {
            v.add(FIELD, "invalidInput.calendar", refused + ", or its first date " + date + " is not one of its dates.");
            return null;
        }
        return repeat;
    }

    /** A special day being assembled from the events of its date. */
    private static final class Draft {
        final LocalDate date;
        final Repeat repeat;
        final String description;
        final int reason;
        final List<OpenInterval> intervals = new ArrayList<>();

        Draft(LocalDate date, Repeat repeat, String description, Integer reason) {
            this.date = date;
            this.repeat = repeat;
            this.description = description;
            this.reason = reason == null ? 0 : reason;
        }
    }

}
