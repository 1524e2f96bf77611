package org.ccadmin.businesshours.domain;

import java.util.List;
import java.util.Optional;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/** Repository port of business hours. */
public interface BusinessHours {

    Optional<BusinessHour> find(long id);

    boolean nameTaken(String name, Long exceptId);

    long count();

    void add(BusinessHour hour);

    /** Writes pending changes now, so the returned item carries its new changeStamp. */
    BusinessHour save(BusinessHour hour);

    void remove(BusinessHour hour);

    /** Text matches name or description. */
    Page<BusinessHour> search(PageRequest page);

    /** Business hours whose forced status or special days give this reason code. */
    List<BusinessHour> usingReason(int code);

    /** Every business hour (at most {@value ScheduleCheck#MAX_BUSINESS_HOURS}), for scheduling status changes. */
    List<BusinessHour> all();
}
