package org.ccadmin.licensing.application;

import java.util.List;
import org.ccadmin.licensing.domain.Authorization;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.IdCertificate;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.LineVerdict;
import org.ccadmin.licensing.domain.UsageWindow;
import org.ccadmin.licensing.domain.UsageMode;

/**
 * The port to the licensing authority: the four exchanges of the licensing protocol, in domain values. The
 * adapter signs requests, verifies answers and turns every failure into {@link AuthorityUnreachable} or
 * {@link AuthorityRefused}; it never changes any state itself.
 */
public interface LicenseAuthority {

    AuthorityRegistration register(AuthorityConnection connection, RegistrationRequest request) throws AuthorityException;

    IdCertificate renewRegistration(AuthorityConnection connection, String instanceId) throws AuthorityException;

    List<Authorization> authorize(AuthorityConnection connection, String instanceId, LicenseType licenseType,
            UsageMode usageMode, List<Entitlement> entitlements) throws AuthorityException;

    void deregister(AuthorityConnection connection, String instanceId) throws AuthorityException;

    /**
     * Sends closed usage windows (1 to 96, oldest first) and returns the authority's verdict per window, in the
     * same order: one list of line verdicts for each window.
     */
    List<List<LineVerdict>> reportUsage(AuthorityConnection connection, String instanceId, List<UsageWindow> windows)
            throws AuthorityException;

    /** Where the exchanges go with these settings, for the licensing log. */
    String describe(AuthorityConnection connection);
}
