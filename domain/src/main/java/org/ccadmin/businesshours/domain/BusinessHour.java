package org.ccadmin.businesshours.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/**
 * A business hour: when the contact center is open, in the wall-clock time of an IANA time zone. Stored as
 * the administrator wrote it (local times and dates, never converted to UTC), so that daylight-saving
 * changes and tz-database updates apply when it is evaluated ({@link BusinessCalendar}).
 */
@Entity
@Table(name = "business_hour")
public class BusinessHour implements Auditable {

    public static final String RESOURCE = "business hour";
    public static final Set<String> SORTABLE = Set.of("id", "name", "description", "timeZone", "type", "status");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 32)
    private String name;

    @Column(name = "name_key", nullable = false, length = 32)
    private String nameKey;

    @Column(name = "description", length = 255)
    private String description;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "hours_type", nullable = false, length = 24)
    private BusinessHourType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ConfiguredStatus status;

    @Column(name = "status_reason_code")
    private Integer statusReasonCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_hour_regular", joinColumns = @JoinColumn(name = "business_hour_id"))
    @OrderColumn(name = "position")
    private List<StoredRegularInterval> regular = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_hour_special_day", joinColumns = @JoinColumn(name = "business_hour_id"))
    @OrderColumn(name = "position")
    private List<StoredSpecialDay> special = new ArrayList<>();

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected BusinessHour() {
    }

    /** A new business hour; every rule is checked at once. Unknown status reasons are the service's to report. */
    public static BusinessHour create(BusinessHourDraft d) {
        return create(d, new Violations());
    }

    /**
     * A new business hour, reporting its rules' problems together with {@code earlier} ones (what the caller
     * found reading the input), so that a client learns everything at once.
     */
    public static BusinessHour create(BusinessHourDraft d, Violations earlier) {
        BusinessHour b = new BusinessHour();
        b.apply(earlier, d, d.name(), d.timeZone(), d.type(),
                d.status() == null ? ConfiguredStatus.CALENDAR : d.status(), d.statusReasonCode(),
                d.regularHours() == null ? List.of() : d.regularHours(), d.specialDays() == null ? List.of() : d.specialDays(), true);
        return b;
    }

    /** Changes what the draft gives; the rest stays. */
    public void revise(BusinessHourDraft d) {
        revise(d, new Violations());
    }

    /** Changes what the draft gives, reporting its problems together with {@code earlier} ones. */
    public void revise(BusinessHourDraft d, Violations earlier) {
        ConfiguredStatus newStatus = d.status() != null ? d.status() : status;
        Integer reason = d.status() != null || d.statusReasonCode() != null ? d.statusReasonCode() : statusReasonCode;
        apply(earlier, d, d.name() != null ? d.name() : name, d.timeZone() != null ? d.timeZone() : timeZone,
                d.type() != null ? d.type() : type, newStatus, reason,
                d.regularHours() != null ? d.regularHours() : regularHours(),
                d.specialDays() != null ? d.specialDays() : specialDays(), d.description() != null);
    }

    /** A copy under another name, with the same zone, type, status and schedule. */
    public BusinessHour copyAs(String newName, String newDescription) {
        return create(new BusinessHourDraft(newName, newDescription != null ? newDescription : description, timeZone, type, status,
                statusReasonCode, regularHours(), specialDays()));
    }

    private void apply(Violations v, BusinessHourDraft d, String newName, String zone, BusinessHourType newType, ConfiguredStatus newStatus,
            Integer reason, List<RegularInterval> newRegular, List<SpecialDayEntry> newSpecial, boolean setDescription) {
        Names.checkName(v, "name", newName);
        Names.checkDescription(v, "description", d.description());
        checkZone(v, zone);
        v.required("type", newType);
        ScheduleCheck.check(v, newType, newStatus, reason, newRegular, newSpecial.stream().map(SpecialDayEntry::day).toList());
        v.throwIfAny();
        name = newName;
        nameKey = Names.key(newName);
        if (setDescription) {
            description = Names.normalizeDescription(d.description());
        }
        timeZone = zone;
        type = newType;
        status = newStatus;
        // A reason belongs to a forced status; back on the calendar it would only mislead.
        statusReasonCode = newStatus.forced() ? reason : null;
        regular.clear();
        newRegular.forEach(r -> regular.add(StoredRegularInterval.of(r)));
        special.clear();
        newSpecial.forEach(s -> special.add(StoredSpecialDay.of(s)));
    }

    /** Sets the status alone (the console's and the API's "edit status" of several business hours at once). */
    public void force(ConfiguredStatus newStatus, Integer reason) {
        revise(new BusinessHourDraft(null, null, null, null, newStatus, reason, null, null));
    }

    static void checkZone(Violations v, String zone) {
        if (zone == null || zone.isBlank()) {
            v.add("timeZone", "invalidInput.fieldRequired", "timeZone is required (an IANA time zone id such as America/New_York).");
            return;
        }
        if (!TimeZoneIds.accepted(zone)) {
            v.add("timeZone", "invalidInput.timeZone", "'" + zone + "' is not a time zone business hours accept; use an IANA id such as "
                    + "America/New_York (GET /api/v1/time-zones lists them).");
        }
    }

    public BusinessCalendar calendar() {
        return new BusinessCalendar(ZoneId.of(timeZone), type, status, statusReasonCode, regularHours(),
                specialDays().stream().map(SpecialDayEntry::day).toList());
    }

    public List<RegularInterval> regularHours() {
        return regular.stream().map(StoredRegularInterval::interval).toList();
    }

    public List<SpecialDayEntry> specialDays() {
        return special.stream().map(StoredSpecialDay::entry).toList();
    }

    @Override
    public String auditType() {
        return "businessHour";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditName() {
        return name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("description", description);
        s.put("timeZone", timeZone);
        s.put("type", type.name());
        s.put("status", status.name());
        s.put("statusReasonCode", statusReasonCode);
        s.put("regularHours", regularHours().stream().map(RegularInterval::toString).toList());
        s.put("specialDays", specialDays().stream().map(e -> e.date() + " " + e.repeat() + " " + (e.day().open()
                ? e.day().intervals().toString() : "closed") + " reason " + e.day().reasonCode()).toList());
        return s;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public String timeZone() { return timeZone; }
    public BusinessHourType type() { return type; }
    public ConfiguredStatus status() { return status; }
    public Integer statusReasonCode() { return statusReasonCode; }
    public long changeStamp() { return changeStamp; }
}
