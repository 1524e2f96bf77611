package org.ccadmin.sso.application;

import org.ccadmin.sso.domain.SsoGlobalState;

/** The global SSO state as pages and the API show it. */
public record GlobalStateView(String state, long changeStamp) {

    static GlobalStateView of(SsoGlobalState s) {
        return new GlobalStateView(s.state().name(), s.changeStamp());
    }
}
