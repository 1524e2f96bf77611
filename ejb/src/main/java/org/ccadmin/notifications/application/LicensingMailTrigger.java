package org.ccadmin.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.ccadmin.licensing.domain.LicenseStateChanged;
import org.ccadmin.notifications.domain.LicensingMail;

/**
 * Mails a licensing state change once it committed (a rolled-back change is never announced), handing the
 * sending to another thread. On a cluster the node that made the change mails it, once.
 */
@ApplicationScoped
public class LicensingMailTrigger {

    @Inject
    private MailService mail;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LicenseStateChanged e) {
        LicensingMail.of(e).ifPresent(mail::sendLater);
    }
}
