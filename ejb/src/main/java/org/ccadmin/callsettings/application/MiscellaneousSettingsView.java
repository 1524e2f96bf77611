package org.ccadmin.callsettings.application;

import org.ccadmin.callsettings.domain.MiscellaneousSettings;

/** Call Settings › Miscellaneous as pages and the API show it. */
public record MiscellaneousSettingsView(int sessionTimeoutMinutes, int minSessionTimeoutMinutes, int maxSessionTimeoutMinutes,
        long changeStamp) {

    static MiscellaneousSettingsView of(MiscellaneousSettings s) {
        return new MiscellaneousSettingsView(s.sessionTimeoutMinutes(), MiscellaneousSettings.MIN_TIMEOUT_MINUTES,
                MiscellaneousSettings.MAX_TIMEOUT_MINUTES, s.changeStamp());
    }
}
