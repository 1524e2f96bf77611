package org.ccadmin.callsettings.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.ccadmin.callsettings.domain.MiscellaneousSettings;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ChangeStamp;

/** Call Settings › Miscellaneous: read and change (administrators), and the timeout every session follows. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class MiscellaneousSettingsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ChangeLog changes;

    public MiscellaneousSettingsView settings() {
        return MiscellaneousSettingsView.of(row());
    }

    /** {@code sessionTimeoutMinutes} null: unchanged. Audited; a stale changeStamp is refused. */
    public MiscellaneousSettingsView change(ChangeStamp stamp, Integer sessionTimeoutMinutes) {
        MiscellaneousSettings s = row();
        stamp.verify(MiscellaneousSettings.RESOURCE, MiscellaneousSettings.ID, s.changeStamp());
        Map<String, Object> before = s.auditState();
        s.revise(sessionTimeoutMinutes);
        em.flush();
        changes.updated(s, before);
        return MiscellaneousSettingsView.of(s);
    }

    /** The inactivity timeout of console sessions, read by every node for every signed-in user. */
    @PermitAll
    public int sessionTimeoutMinutes() {
        return row().sessionTimeoutMinutes();
    }

    /** The one row; the migration inserts it with the defaults. */
    private MiscellaneousSettings row() {
        return em.find(MiscellaneousSettings.class, MiscellaneousSettings.ID);
    }
}
