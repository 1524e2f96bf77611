package org.ccadmin.notifications.domain;

import java.util.Optional;
import org.ccadmin.licensing.domain.LicenseStateChanged;
import org.ccadmin.licensing.domain.LicensingStatus;

/**
 * The e-mail that tells the administrator about a licensing state change. Only a change of registration
 * status, authorization status or enforcement is mailed: a routine renewal that changes no status is not news.
 */
public record LicensingMail(String subject, String body) {

    public static Optional<LicensingMail> of(LicenseStateChanged e) {
        if (!e.statusChanged()) {
            return Optional.empty();
        }
        LicensingStatus to = e.to();
        String name = to.productInstanceName();
        String subject = "Licensing of " + name + ": " + brief(to);
        StringBuilder body = new StringBuilder()
                .append("The licensing state of product instance ").append(name).append(" changed at ").append(e.at())
                .append(".\n\n")
                .append("Before: ").append(brief(e.from())).append('\n')
                .append("Now:    ").append(brief(to)).append("\n\n")
                .append("Registration Status: ").append(to.registrationStatus().displayText())
                .append(since(to.registrationStatusAt())).append('\n')
                .append("License Authorization Status: ").append(to.authorizationStatus().displayText())
                .append(since(to.authorizationStatusAt())).append('\n');
        if (to.isEnforced()) {
            body.append("Enforcement: ").append(to.enforcement().reason().displayText())
                    .append(since(to.enforcement().since())).append('\n')
                    .append(to.enforcement().reason().remedy()).append('\n');
        }
        body.append("\nSee Infrastructure Settings > License Compliance in the console for every deadline.\n");
        return Optional.of(new LicensingMail(subject, body.toString()));
    }

    public static LicensingMail test(String productInstanceName) {
        return new LicensingMail("ccadmin test message",
                "This is a test message from ccadmin (product instance " + productInstanceName + "): e-mail "
                        + "notifications of licensing state changes reach this address.\n");
    }

    private static String brief(LicensingStatus s) {
        return s.registrationStatus().displayText() + " · " + s.authorizationStatus().displayText()
                + (s.isEnforced() ? " · Enforcement (" + s.enforcement().reason().displayText() + ")" : "");
    }

    private static String since(java.time.Instant at) {
        return at == null ? "" : " (since " + at + ")";
    }
}
