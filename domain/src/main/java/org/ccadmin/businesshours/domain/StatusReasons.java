package org.ccadmin.businesshours.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/** Repository port of status reasons. */
public interface StatusReasons {

    Optional<StatusReason> find(long id);

    Optional<StatusReason> byCode(int code);

    /** Of {@code codes}, those that exist. */
    List<StatusReason> byCodes(Collection<Integer> codes);

    void add(StatusReason reason);

    StatusReason save(StatusReason reason);

    void remove(StatusReason reason);

    /** Text matches the reason text. */
    Page<StatusReason> search(PageRequest page);
}
