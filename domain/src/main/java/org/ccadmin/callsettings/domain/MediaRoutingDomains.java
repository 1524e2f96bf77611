package org.ccadmin.callsettings.domain;

import java.util.Optional;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/** Repository port of media routing domains; the JPA side lives in the ejb module. */
public interface MediaRoutingDomains {

    Optional<MediaRoutingDomain> find(long id);

    /** True when another domain than {@code exceptId} already has this name, ignoring case. */
    boolean nameTaken(String name, Long exceptId);

    long count();

    void add(MediaRoutingDomain domain);

    /** Writes pending changes now, so the returned item carries its new changeStamp. */
    MediaRoutingDomain save(MediaRoutingDomain domain);

    void remove(MediaRoutingDomain domain);

    /** Text matches name, description or id; {@code type} null means every type. */
    Page<MediaRoutingDomain> search(MediaRoutingDomainType type, PageRequest page);
}
