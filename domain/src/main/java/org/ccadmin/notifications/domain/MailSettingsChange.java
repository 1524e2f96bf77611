package org.ccadmin.notifications.domain;

/**
 * A change of the e-mail settings as a PUT or the settings form carries it: a null field stays as it is, an
 * empty text clears an optional one.
 */
public record MailSettingsChange(Boolean enabled, String host, Integer port, Boolean tls, String username,
        String password, String from, String to) {
}
