package org.ccadmin.sso.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.InvalidInputException;

/**
 * The global SSO state: one row, {@link #ID}, that starts NON_SSO. HYBRID and SSO send sign-ins to the
 * identity provider, so they are refused while none is configured.
 */
@Entity
@Table(name = "sso_global_state")
public class SsoGlobalState implements Auditable {

    public static final int ID = 1;
    public static final String RESOURCE = "sso global state";

    @Id
    @Column(name = "id")
    private Integer id;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private SsoState state;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected SsoGlobalState() {
    }

    public void change(SsoState to, boolean providerConfigured) {
        if (to == null) {
            throw InvalidInputException.of("state", "invalidInput.fieldRequired", "state is required: NON_SSO, HYBRID or SSO.");
        }
        if (to != SsoState.NON_SSO && !providerConfigured) {
            throw new ConflictException("conflict.identityProviderNotConfigured", "The state " + to
                    + " needs an identity provider: save the issuer URL, client id and client secret first.",
                    java.util.List.of(new org.ccadmin.shared.domain.FieldError("state", "conflict.identityProviderNotConfigured",
                            "Configure the identity provider first.")), java.util.List.of());
        }
        state = to;
    }

    public SsoState state() { return state; }
    public long changeStamp() { return changeStamp; }

    @Override public String auditType() { return RESOURCE; }
    @Override public Long auditId() { return (long) ID; }
    @Override public String auditName() { return "single sign-on state"; }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", state == null ? null : state.name());
        return s;
    }
}
