package org.ccadmin.notifications.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;
import org.ccadmin.notifications.domain.LicensingMail;
import org.ccadmin.notifications.domain.MailNotSentException;
import org.ccadmin.notifications.domain.MailSettings;
import org.ccadmin.notifications.domain.MailSettingsChange;
import org.ccadmin.notifications.infrastructure.SmtpMailer;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;

/**
 * E-mail notifications: the settings (audited; the password is never given back) and the sending. A licensing
 * state change is mailed by {@link #sendLater} on another thread after its transaction committed, so the
 * change never waits for the SMTP server and a failed send never undoes it; the failure is logged.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SmtpMailer mailer;

    @Inject
    private ChangeLog changes;

    @Inject
    private JpaProductInstances instances;

    @Inject
    private Clock clock;

    public MailSettingsView settings() {
        return MailSettingsView.of(row());
    }

    public MailSettingsView change(ChangeStamp stamp, MailSettingsChange change) {
        MailSettings s = row();
        stamp.verify(MailSettings.RESOURCE, MailSettings.ID, s.changeStamp());
        Map<String, Object> before = s.auditState();
        s.revise(change);
        em.flush();
        changes.updated(s, before);
        return MailSettingsView.of(s);
    }

    /** Sends a test message now and says whether it went; 409 while the settings are disabled or incomplete. */
    public void sendTest() {
        MailSettings s = row();
        if (!s.isUsable()) {
            throw new ConflictException("conflict.mailNotConfigured",
                    "Enable the e-mail notifications and save the SMTP server, from and to first.");
        }
        String name = instances.find().map(p -> p.toDomain().name()).orElse("ccadmin");
        mailer.send(server(s), LicensingMail.test(name), clock.instant());
    }

    /** Mails {@code mail} if notifications are enabled; never throws (a failure is logged). */
    @PermitAll
    @Asynchronous
    public void sendLater(LicensingMail mail) {
        try {
            MailSettings s = row();
            if (s.isUsable()) {
                mailer.send(server(s), mail, clock.instant());
                LOG.info(() -> "Licensing notification mailed to " + s.to() + ": " + mail.subject());
            }
        } catch (MailNotSentException e) {
            LOG.warning(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Licensing notification not mailed: " + mail.subject(), e);
        }
    }

    private MailSettings row() {
        return em.find(MailSettings.class, MailSettings.ID);
    }

    private static SmtpMailer.Server server(MailSettings s) {
        return new SmtpMailer.Server(s.host(), s.port(), s.tls(), s.username(), s.password(), s.from(), s.to());
    }
}
