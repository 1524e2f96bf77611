package org.ccadmin.businesshours.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccadmin.businesshours.application.BusinessHourInput;
import org.ccadmin.businesshours.application.BusinessHourView;
import org.ccadmin.businesshours.domain.RegularInterval;
import org.ccadmin.businesshours.domain.ScheduleText;
import org.ccadmin.shared.domain.Violations;

/**
 * The business hour page's fields as typed: times, dates and words stay text, so the same reader as the REST
 * API ({@link ScheduleText}) judges them and nothing typed is lost on a refused save. An open special day's
 * hours are one text, {@code 09:00-13:00;14:00-16:00}, as in the CSV file.
 */
public class BusinessHourForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long changeStamp;
    private String name;
    private String description;
    private String timeZone = "UTC";
    /** The zone as stored: the effective hours are computed in it, whatever the General tab holds unsaved. */
    private String savedTimeZone = "UTC";
    private String type = "CUSTOM";
    private String status = "CALENDAR";
    private Integer statusReasonCode;
    private final ArrayList<Regular> regular = new ArrayList<>();
    private final ArrayList<Special> special = new ArrayList<>();

    public static BusinessHourForm blank() {
        BusinessHourForm f = new BusinessHourForm();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            f.regular.add(new Regular(day, "09:00", "17:00"));
        }
        return f;
    }

    public static BusinessHourForm of(BusinessHourView v) {
        BusinessHourForm f = new BusinessHourForm();
        f.id = v.id();
        f.readSpecial(v);
        f.name = v.name();
        f.description = v.description();
        f.timeZone = v.timeZone();
        f.savedTimeZone = v.timeZone();
        f.type = v.type();
        f.status = v.status();
        f.statusReasonCode = v.statusReasonCode();
        v.regularHours().forEach(r -> f.regular.add(new Regular(r.day(), r.start(), r.end())));
        return f;
    }

    /** The special days and changeStamp as stored now (after an import), the other fields as typed. */
    void replaceSpecialDays(BusinessHourView v) {
        readSpecial(v);
    }

    private void readSpecial(BusinessHourView v) {
        changeStamp = v.changeStamp();
        special.clear();
        v.specialDays().forEach(s -> special.add(new Special(s.date().toString(), s.repeat(), s.status(),
                String.join(";", s.intervals().stream().map(i -> i.start() + "-" + i.end()).toList()), s.description(), s.statusReasonCode())));
    }

    /** What the service takes: the same input a REST client sends. */
    BusinessHourInput input() {
        return new BusinessHourInput(name == null ? "" : name, description == null ? "" : description, timeZone, type, status,
                "CALENDAR".equals(status) ? null : statusReasonCode,
                regular.stream().map(r -> new ScheduleText.Regular(r.day, r.start, r.end)).toList(),
                special.stream().map(Special::text).toList());
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isForced() {
        return !"CALENDAR".equals(status);
    }

    public Long getId() { return id; }
    public long getChangeStamp() { return changeStamp; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getTimeZone() { return timeZone; }
    public String getSavedTimeZone() { return savedTimeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Integer getStatusReasonCode() { return statusReasonCode; }
    public void setStatusReasonCode(Integer statusReasonCode) { this.statusReasonCode = statusReasonCode; }
    public List<Regular> getRegular() { return regular; }
    public List<Special> getSpecial() { return special; }

    /** A regular interval row. */
    public static class Regular implements Serializable {
        private static final long serialVersionUID = 1L;
        private String day;
        private String start;
        private String end;

        public Regular(String day, String start, String end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }

        /**
         * The row "Add interval" appends: one that overlaps none of the rows as typed (the times of a row that do
         * not read are left out, its day still counts as used), so the click alone never makes an overlap; Monday
         * 09:00-17:00 when the week has no free hour.
         */
        static Regular nextFree(List<Regular> rows) {
            List<RegularInterval> taken = ScheduleText.regular(rows.stream().map(r -> new ScheduleText.Regular(r.day, r.start, r.end)).toList(),
                    new Violations(), "regularHours");
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            rows.forEach(r -> Optional.ofNullable(ScheduleText.weekday(r.day, new Violations(), "day")).ifPresent(days::add));
            return RegularInterval.nextFree(taken, days).map(i -> new Regular(i.day().name(), i.interval().start().toString(), i.interval().endText()))
                    .orElseGet(() -> new Regular("MONDAY", "09:00", "17:00"));
        }

        public String getDay() { return day; }
        public void setDay(String day) { this.day = day; }
        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
    }

    /** A special day row. */
    public static class Special implements Serializable {
        private static final long serialVersionUID = 1L;
        private String date;
        private String repeat;
        private String status;
        private String hours;
        private String description;
        private Integer statusReasonCode;

        public Special(String date, String repeat, String status, String hours, String description, Integer statusReasonCode) {
            this.date = date;
            this.repeat = repeat;
            this.status = status;
            this.hours = hours;
            this.description = description;
            this.statusReasonCode = statusReasonCode;
        }

        ScheduleText.Special text() {
            return new ScheduleText.Special(date, repeat, status, ScheduleText.hours(hours), description, statusReasonCode);
        }

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getRepeat() { return repeat; }
        public void setRepeat(String repeat) { this.repeat = repeat; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getHours() { return hours; }
        public void setHours(String hours) { this.hours = hours; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Integer getStatusReasonCode() { return statusReasonCode; }
        public void setStatusReasonCode(Integer statusReasonCode) { this.statusReasonCode = statusReasonCode; }
    }
}
