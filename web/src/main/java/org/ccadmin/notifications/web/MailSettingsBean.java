package org.ccadmin.notifications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccadmin.notifications.application.MailService;
import org.ccadmin.notifications.application.MailSettingsView;
import org.ccadmin.notifications.domain.MailSettingsChange;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;

/**
 * Infrastructure Settings › E-mail Notifications ({@code /infrastructure/notifications.xhtml}): where licensing
 * state changes are mailed. The password field is always empty: typing one replaces the kept one, leaving it
 * empty keeps it (the page says whether one is set). Every rule is {@code MailSettings}'.
 */
@Named("mailSettings")
@ViewScoped
public class MailSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "mailForm";

    @Inject
    private MailService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private MailSettingsView saved;
    private boolean enabled;
    private String host;
    private Integer port;
    private boolean tls;
    private String username;
    private String password;
    private String from;
    private String to;

    @PostConstruct
    void init() {
        load(service.settings());
    }

    public MailSettingsView getSaved() {
        return saved;
    }

    private void load(MailSettingsView v) {
        saved = v;
        enabled = v.enabled();
        host = v.host();
        port = v.port();
        tls = v.tls();
        username = v.username();
        password = null;
        from = v.from();
        to = v.to();
    }

    public void save() {
        try {
            MailSettingsChange change = new MailSettingsChange(enabled, orEmpty(host), port, tls, orEmpty(username),
                    password == null || password.isEmpty() ? null : password, orEmpty(from), orEmpty(to));
            load(service.change(ChangeStamp.of(getSaved().changeStamp()), change));
            messages.saved(text.get("mail.saved"));
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, MailSettingsBean::input, text.get("mail.stale"), text.get("mail.stale"));
        }
    }

    public void sendTest() {
        try {
            service.sendTest();
            messages.formInfo(FORM, text.get("mail.test.sent", getSaved().to()));
        } catch (DomainException e) {
            messages.formError(FORM, e.getMessage());
        }
    }

    private static String input(String field) {
        return switch (field) {
            case "host", "port", "username", "password", "from", "to" -> field;
            default -> null;
        };
    }

    /** An emptied field clears the setting ("" in a change), rather than keeping it (null). */
    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public String getHost() { return host; }
    public void setHost(String v) { host = v; }
    public Integer getPort() { return port; }
    public void setPort(Integer v) { port = v; }
    public boolean isTls() { return tls; }
    public void setTls(boolean v) { tls = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
}
