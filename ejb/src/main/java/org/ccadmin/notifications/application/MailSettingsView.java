package org.ccadmin.notifications.application;

import org.ccadmin.notifications.domain.MailSettings;

/** The e-mail settings as pages and the API show them: the password only as "set or not". */
public record MailSettingsView(boolean enabled, String host, Integer port, boolean tls, String username,
        boolean passwordSet, String from, String to, long changeStamp) {

    static MailSettingsView of(MailSettings s) {
        return new MailSettingsView(s.enabled(), s.host(), s.port(), s.tls(), s.username(), s.passwordSet(), s.from(),
                s.to(), s.changeStamp());
    }
}
