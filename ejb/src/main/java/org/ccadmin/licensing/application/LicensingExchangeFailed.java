package org.ccadmin.licensing.application;

import java.time.Instant;
import org.ccadmin.licensing.domain.AuthorityRequest;

/**
 * An exchange with the license authority failed (recorded in the licensing log). No licensing state changed,
 * so no {@code LicenseStateChanged} tells about it; the system alerts listen to this instead.
 */
public record LicensingExchangeFailed(AuthorityRequest request, String code, Instant at) {
}
