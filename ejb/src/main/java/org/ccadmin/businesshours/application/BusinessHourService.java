package org.ccadmin.businesshours.application;

import org.ccadmin.shared.infrastructure.CreationGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.businesshours.domain.BusinessHour;
import org.ccadmin.businesshours.domain.BusinessHourDraft;
import org.ccadmin.businesshours.domain.BusinessHourType;
import org.ccadmin.businesshours.domain.BusinessHours;
import org.ccadmin.businesshours.domain.ConfiguredStatus;
import org.ccadmin.businesshours.domain.RegularInterval;
import org.ccadmin.businesshours.domain.ScheduleCheck;
import org.ccadmin.businesshours.domain.ScheduleText;
import org.ccadmin.businesshours.domain.SpecialDayEntry;
import org.ccadmin.businesshours.domain.SpecialDayFile;
import org.ccadmin.businesshours.infrastructure.ICalendarFile;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.Violations;

/**
 * Business hour use cases. Every write checks the whole input at once (names, zone, schedule rules, that each
 * status reason exists) and announces the change with {@link BusinessHoursChanged}, so the status scheduler
 * and open pages on every node re-evaluate.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class BusinessHourService {

    /** The longest range {@link #effective} computes at once. */
    public static final int MAX_EFFECTIVE_DAYS = 366;

    @Inject
    private CreationGate gate;

    @Inject
    private BusinessHours hours;

    @Inject
    private ReasonTexts reasons;

    @Inject
    private BusinessHourViews views;

    @Inject
    private ChangeLog changes;

    @Inject
    private Clock clock;

    @Inject
    private Event<BusinessHoursChanged> changed;

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public Page<BusinessHourView.Summary> search(PageRequest page) {
        return hours.search(page).map(b -> views.of(b).summary());
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public BusinessHourView get(long id) {
        return views.of(load(id));
    }

    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public List<EffectiveDayView> effective(long id, LocalDate from, LocalDate to) {
        Violations v = new Violations();
        v.required("from", from);
        v.required("to", to);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                v.add("to", "invalidInput.range", "to (" + to + ") must not be before from (" + from + ").");
            } else if (ChronoUnit.DAYS.between(from, to) >= MAX_EFFECTIVE_DAYS) {
                v.add("to", "invalidInput.range", "At most " + MAX_EFFECTIVE_DAYS + " days at once (from " + from + " to " + to + " is "
                        + (ChronoUnit.DAYS.between(from, to) + 1) + ").");
            }
        }
        v.throwIfAny();
        return views.effective(load(id), from, to);
    }

    public BusinessHourView create(BusinessHourInput input) {
        Violations v = new Violations();
        BusinessHour b = BusinessHour.create(draft(input, true, v), v);
        gate.enter(BusinessHour.RESOURCE);
        if (hours.count() >= ScheduleCheck.MAX_BUSINESS_HOURS) {
            throw ConflictException.limitReached(BusinessHour.RESOURCE, ScheduleCheck.MAX_BUSINESS_HOURS);
        }
        if (hours.nameTaken(b.name(), null)) {
            throw ConflictException.duplicateName(BusinessHour.RESOURCE, b.name());
        }
        hours.add(b);
        changes.created(b);
        changed.fire(new BusinessHoursChanged(List.of(b.id())));
        return views.of(b);
    }

    public BusinessHourView update(long id, ChangeStamp stamp, BusinessHourInput input) {
        BusinessHour b = load(id);
        stamp.verify(BusinessHour.RESOURCE, id, b.changeStamp());
        Violations v = new Violations();
        BusinessHourDraft draft = draft(input, false, v);
        Map<String, Object> before = b.auditState();
        b.revise(draft, v);
        if (draft.name() != null && hours.nameTaken(draft.name(), id)) {
            throw ConflictException.duplicateName(BusinessHour.RESOURCE, draft.name());
        }
        changes.updated(b, before);
        hours.save(b);
        changed.fire(new BusinessHoursChanged(List.of(id)));
        return views.of(b);
    }

    /** A new business hour with the schedule, zone and status of {@code id}. */
    public BusinessHourView copy(long id, String name, String description) {
        BusinessHour copy = load(id).copyAs(name, description);
        gate.enter(BusinessHour.RESOURCE);
        if (hours.count() >= ScheduleCheck.MAX_BUSINESS_HOURS) {
            throw ConflictException.limitReached(BusinessHour.RESOURCE, ScheduleCheck.MAX_BUSINESS_HOURS);
        }
        if (hours.nameTaken(copy.name(), null)) {
            throw ConflictException.duplicateName(BusinessHour.RESOURCE, copy.name());
        }
        hours.add(copy);
        changes.created(copy);
        changed.fire(new BusinessHoursChanged(List.of(copy.id())));
        return views.of(copy);
    }

    /**
     * Sets the status of several business hours at once, all or none (the console's Edit > Status); the
     * business hours are named by id, a missing one fails the whole change.
     */
    public List<BusinessHourView> setStatus(List<Long> ids, String status, Integer reasonCode) {
        return setStatus(ids, Map.of(), status, reasonCode);
    }

    /**
     * As {@link #setStatus(List, String, Integer)}, for business hours a person picked from a list or a client read:
     * {@code seen} holds the changeStamp each was shown with (all or some of {@code ids}), and one changed or
     * deleted since refuses the whole change.
     */
    public List<BusinessHourView> setStatus(List<Long> ids, Map<Long, Long> seen, String status, Integer reasonCode) {
        Violations v = new Violations();
        ConfiguredStatus s = ScheduleText.word(status, ConfiguredStatus.class, null, v, "status");
        requireIds(ids, v);
        checkSeen(ids, seen, v);
        reasons.checkExist(reasonCode == null ? Map.of() : Map.of("statusReasonCode", reasonCode), v);
        // The rules of the request itself, once under its own fields rather than once per business hour.
        ScheduleCheck.check(v, null, s, reasonCode, List.of(), List.of());
        v.throwIfAny();
        return changeEach(ids, seen, b -> b.force(s, reasonCode));
    }

    /** Sets zone, type and regular hours of several business hours at once, all or none (Edit > Schedule). */
    public List<BusinessHourView> setSchedule(List<Long> ids, BusinessHourInput schedule) {
        return setSchedule(ids, Map.of(), schedule);
    }

    /** As {@link #setSchedule(List, BusinessHourInput)}, refusing all if one changed since {@code seen} (see setStatus). */
    public List<BusinessHourView> setSchedule(List<Long> ids, Map<Long, Long> seen, BusinessHourInput schedule) {
        checkSeen(ids, seen, requireIds(ids, new Violations())).throwIfAny();
        Violations v = new Violations();
        BusinessHourDraft draft = draft(new BusinessHourInput(null, null, schedule.timeZone(), schedule.type(), null, null,
                schedule.regularHours(), null), false, v);
        if (draft.type() != null && draft.regularHours() != null) {
            ScheduleCheck.check(v, draft.type(), null, null, draft.regularHours(), List.of());
        }
        v.throwIfAny();
        return changeEach(ids, seen, b -> b.revise(draft));
    }

    private static Violations requireIds(List<Long> ids, Violations v) {
        if (ids == null || ids.isEmpty()) {
            v.add("ids", "invalidInput.fieldRequired", "ids must name at least one business hour.");
        }
        return v;
    }

    /** A changeStamp is of a business hour being changed: one for another id is a mistake of the client's. */
    private static Violations checkSeen(List<Long> ids, Map<Long, Long> seen, Violations v) {
        seen.keySet().stream().filter(id -> ids == null || !ids.contains(id)).forEach(id -> v.add("changeStamps." + id,
                "invalidInput.notApplicable", "changeStamps names business hour " + id + ", which is not one of ids."));
        return v;
    }

    /**
     * Applies {@code change} to each business hour, or to none: every refusal is collected under {@code ids[i]}
     * naming the business hour (its own rules, such as the 50-entry limit with its special days; changed or
     * deleted since {@code seen}), so the caller learns all of them at once. A missing id without a changeStamp
     * in {@code seen} is a 404, as for a single business hour; with one, it was deleted since it was read.
     */
    private List<BusinessHourView> changeEach(List<Long> ids, Map<Long, Long> seen, java.util.function.Consumer<BusinessHour> change) {
        List<FieldError> refused = new ArrayList<>();
        boolean conflict = false;
        List<BusinessHourView> out = new ArrayList<>();
        int i = 0;
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            String field = "ids[" + i++ + "]";
            java.util.Optional<BusinessHour> found = hours.find(id);
            if (found.isEmpty() && !seen.containsKey(id)) {
                throw new ResourceNotFoundException(BusinessHour.RESOURCE, id);
            }
            if (found.isEmpty()) {
                refused.add(new FieldError(field, "notFound", "Business hour " + id + " no longer exists (deleted by someone else)."));
                conflict = true;
                continue;
            }
            BusinessHour b = found.get();
            Long shown = seen.get(id);
            if (shown != null && shown != b.changeStamp()) {
                refused.add(new FieldError(field, "conflict.staleChangeStamp", b.name() + " was changed by someone else since it was shown "
                        + "(changeStamp " + shown + ", now " + b.changeStamp() + ")."));
                conflict = true;
                continue;
            }
            Map<String, Object> before = b.auditState();
            try {
                change.accept(b);
            } catch (InvalidInputException e) {
                e.errors().forEach(err -> refused.add(new FieldError(field, err.code(), b.name() + ": " + err.message())));
                continue;
            }
            changes.updated(b, before);
            hours.save(b);
            out.add(views.of(b));
        }
        if (conflict) {
            throw new ConflictException("conflict.bulkRefused", "Nothing was changed: " + refused.size()
                    + " of the business hours cannot take the change.", refused, List.of());
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        changed.fire(new BusinessHoursChanged(List.copyOf(ids)));
        return out;
    }

    /**
     * Imports special days from a CSV file ({@link SpecialDayFile}): {@code MERGE} (the default) replaces the
     * special days of the file's dates and keeps the others, {@code REPLACE} replaces them all. The file is
     * applied whole or not at all; every bad line is reported with its number.
     */
    public BusinessHourView importSpecialDays(long id, byte[] file, String mode) {
        Violations v = new Violations();
        SpecialDayFile.Mode m = ScheduleText.word(mode, SpecialDayFile.Mode.class, SpecialDayFile.Mode.MERGE, v, "mode");
        v.throwIfAny();
        BusinessHour b = load(id);
        List<SpecialDayFile.Line> lines = SpecialDayFile.read(file, reasons::unknown);
        Map<String, Object> before = b.auditState();
        b.revise(new BusinessHourDraft(null, null, null, null, null, null, null,
                m.combine(b.specialDays(), lines.stream().map(SpecialDayFile.Line::entry).toList())));
        changes.updated(b, before);
        hours.save(b);
        changed.fire(new BusinessHoursChanged(List.of(id)));
        return views.of(b);
    }

    /**
     * Imports holidays and special days from an iCalendar file ({@link ICalendarFile}) with the same modes as
     * the CSV import; {@code reasonCode} is the status reason of events that carry none.
     */
    public BusinessHourView importICalendar(long id, byte[] file, String mode, Integer reasonCode) {
        Violations v = new Violations();
        SpecialDayFile.Mode m = ScheduleText.word(mode, SpecialDayFile.Mode.class, SpecialDayFile.Mode.MERGE, v, "mode");
        reasons.checkExist(reasonCode == null ? Map.of() : Map.of("statusReasonCode", reasonCode), v);
        v.throwIfAny();
        BusinessHour b = load(id);
        List<SpecialDayEntry> imported = ICalendarFile.read(file, b.calendar().zone(), reasonCode);
        Set<Integer> unknown = reasons.unknown(imported.stream().map(e -> e.day().reasonCode()).toList());
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(ICalendarFile.FIELD, "invalidInput.unknownReference", "The calendar names status reasons that do not exist: "
                    + unknown + "; create them under Status Reasons first.");
        }
        Map<String, Object> before = b.auditState();
        b.revise(new BusinessHourDraft(null, null, null, null, null, null, null, m.combine(b.specialDays(), imported)));
        changes.updated(b, before);
        hours.save(b);
        changed.fire(new BusinessHoursChanged(List.of(id)));
        return views.of(b);
    }

    /** The special days as an iCalendar file. */
    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public String exportICalendar(long id) {
        BusinessHour b = load(id);
        return ICalendarFile.write(b.name(), b.calendar().zone(), b.specialDays(), clock.instant());
    }

    /** The special days as a CSV file of the import's format. */
    @RolesAllowed({Role.ADMINISTRATOR, Role.SUPERVISOR})
    public String exportSpecialDays(long id) {
        return SpecialDayFile.write(load(id).specialDays());
    }

    public void delete(long id, ChangeStamp stamp) {
        BusinessHour b = load(id);
        stamp.verify(BusinessHour.RESOURCE, id, b.changeStamp());
        changes.deleted(b);
        hours.remove(b);
        changed.fire(new BusinessHoursChanged(List.of(id)));
    }

    /**
     * Reads the input's text into a draft, collecting its problems (and unknown status reasons) in {@code v};
     * the domain adds its own and throws them all together.
     */
    private BusinessHourDraft draft(BusinessHourInput in, boolean creating, Violations v) {
        BusinessHourType type = in.type() == null && !creating ? null : ScheduleText.word(in.type(), BusinessHourType.class, null, v, "type");
        ConfiguredStatus status = in.status() == null && !creating ? null
                : ScheduleText.word(in.status(), ConfiguredStatus.class, ConfiguredStatus.CALENDAR, v, "status");
        List<RegularInterval> regular = in.regularHours() == null ? null : ScheduleText.regular(in.regularHours(), v, "regularHours");
        List<SpecialDayEntry> special = in.specialDays() == null ? null : ScheduleText.special(in.specialDays(), v, "specialDays");
        Map<String, Integer> codes = new java.util.LinkedHashMap<>();
        if (in.statusReasonCode() != null) {
            codes.put("statusReasonCode", in.statusReasonCode());
        }
        if (in.specialDays() != null) {
            for (int i = 0; i < in.specialDays().size(); i++) {
                if (in.specialDays().get(i).statusReasonCode() != null) {
                    codes.put("specialDays[" + i + "].statusReasonCode", in.specialDays().get(i).statusReasonCode());
                }
            }
        }
        reasons.checkExist(codes, v);
        return new BusinessHourDraft(in.name(), in.description(), in.timeZone(), type, status, in.statusReasonCode(), regular, special);
    }

    private BusinessHour load(long id) {
        return hours.find(id).orElseThrow(() -> new ResourceNotFoundException(BusinessHour.RESOURCE, id));
    }
}
