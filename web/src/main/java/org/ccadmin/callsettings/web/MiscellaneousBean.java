package org.ccadmin.callsettings.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ccadmin.callsettings.application.MiscellaneousSettingsService;
import org.ccadmin.callsettings.application.MiscellaneousSettingsView;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;

/**
 * Call Settings › Miscellaneous ({@code /call-settings/miscellaneous.xhtml}): the session inactivity timeout.
 * The range rule is {@code MiscellaneousSettings}'; its message is shown next to the field.
 */
@Named("miscellaneous")
@ViewScoped
public class MiscellaneousBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "miscForm";

    @Inject
    private MiscellaneousSettingsService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private MiscellaneousSettingsView saved;
    private Integer sessionTimeoutMinutes;

    @PostConstruct
    void init() {
        load(service.settings());
    }

    private void load(MiscellaneousSettingsView v) {
        saved = v;
        sessionTimeoutMinutes = v.sessionTimeoutMinutes();
    }

    public void save() {
        try {
            if (sessionTimeoutMinutes == null) {
                // The API leaves an absent field unchanged; an emptied field on the page is a mistake.
                throw InvalidInputException.of("sessionTimeoutMinutes", "invalidInput.fieldRequired",
                        text.get("misc.sessionTimeout.required"));
            }
            load(service.change(ChangeStamp.of(saved.changeStamp()), sessionTimeoutMinutes));
            messages.saved(text.get("misc.saved"));
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, f -> "sessionTimeoutMinutes".equals(f) ? f : null, text.get("misc.stale"),
                    text.get("misc.stale"));
        }
    }

    public MiscellaneousSettingsView getSaved() { return saved; }
    public Integer getSessionTimeoutMinutes() { return sessionTimeoutMinutes; }
    public void setSessionTimeoutMinutes(Integer v) { sessionTimeoutMinutes = v; }
}
