package org.ccadmin.callsettings.domain;

import java.util.Optional;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/** Repository port of bucket intervals. */
public interface BucketIntervals {

    Optional<BucketInterval> find(long id);

    boolean nameTaken(String name, Long exceptId);

    long count();

    void add(BucketInterval interval);

    /** Writes pending changes now, so the returned item carries its new changeStamp. */
    BucketInterval save(BucketInterval interval);

    void remove(BucketInterval interval);

    /** Text matches name or description. */
    Page<BucketInterval> search(PageRequest page);
}
