package org.ccadmin.sso.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.Violations;

/**
 * The OpenID Connect identity provider: its issuer (the discovery document is at
 * {@code <issuer>/.well-known/openid-configuration}), this application's client id and secret, the scopes it
 * asks for, the claim that carries the user name and, optionally, a group claim whose values grant the roles
 * administrator or supervisor. One row, {@link #ID}. The client secret is stored only encrypted (the caller
 * passes the encryption) and never leaves through a view or the audit, which say only whether one is set.
 */
@Entity
@Table(name = "sso_identity_provider")
public class IdentityProvider implements Auditable {

    public static final int ID = 1;
    public static final String RESOURCE = "identity provider";
    public static final String DEFAULT_SCOPES = "openid profile email";
    public static final String DEFAULT_USER_NAME_CLAIM = "preferred_username";
    public static final int ISSUER_MAX = 500;
    public static final int TEXT_MAX = 255;
    public static final int GROUPS_MAX = 1000;
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:/-]{1,100}");
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "issuer", length = ISSUER_MAX) private String issuer;
    @Column(name = "client_id", length = TEXT_MAX) private String clientId;
    @Column(name = "client_secret", length = 1000) private String clientSecret;
    @Column(name = "scopes", nullable = false, length = TEXT_MAX) private String scopes = DEFAULT_SCOPES;
    @Column(name = "user_name_claim", nullable = false, length = 100) private String userNameClaim = DEFAULT_USER_NAME_CLAIM;
    @Column(name = "group_claim", length = 100) private String groupClaim;
    @Column(name = "administrator_groups", length = GROUPS_MAX) private String administratorGroups;
    @Column(name = "supervisor_groups", length = GROUPS_MAX) private String supervisorGroups;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected IdentityProvider() {
    }

    /**
     * Applies the fields present, then checks the whole; nothing changes if any field is refused.
     * {@code encrypt} seals a new client secret. While the global state is HYBRID or SSO the provider must stay
     * configured (sign-ins depend on it).
     */
    public void revise(IdentityProviderChange c, UnaryOperator<String> encrypt, SsoState state) {
        String newIssuer = c.issuer() != null ? blankToNull(c.issuer()) : issuer;
        String newClientId = c.clientId() != null ? blankToNull(c.clientId()) : clientId;
        String newScopes = c.scopes() != null ? normalScopes(c.scopes()) : scopes;
        String newUserClaim = c.userNameClaim() != null
                ? (c.userNameClaim().isBlank() ? DEFAULT_USER_NAME_CLAIM : c.userNameClaim().strip()) : userNameClaim;
        String newGroupClaim = c.groupClaim() != null ? blankToNull(c.groupClaim()) : groupClaim;
        String newAdminGroups = c.administratorGroups() != null ? joined(c.administratorGroups()) : administratorGroups;
        String newSupervisorGroups = c.supervisorGroups() != null ? joined(c.supervisorGroups()) : supervisorGroups;

        Violations v = new Violations();
        issuer(v, newIssuer);
        v.maxLength("clientId", newClientId, TEXT_MAX);
        if (c.clientSecret() != null) {
            v.maxLength("clientSecret", c.clientSecret(), TEXT_MAX);
        }
        v.maxLength("scopes", newScopes, TEXT_MAX);
        if (!v.has("scopes") && !Arrays.asList(newScopes.split(" ")).contains("openid")) {
            v.add("scopes", "invalidInput.scopes", "scopes must contain openid (an OpenID Connect sign-in), e.g. \""
                    + DEFAULT_SCOPES + "\".");
        }
        if (c.scopes() != null && !v.has("scopes") && !Arrays.stream(newScopes.split(" ")).allMatch(s -> SCOPE.matcher(s).matches())) {
            v.add("scopes", "invalidInput.scopes", "scopes are names separated by spaces, without quotes or backslashes.");
        }
        claim(v, "userNameClaim", newUserClaim);
        if (newGroupClaim != null) {
            claim(v, "groupClaim", newGroupClaim);
        }
        v.maxLength("administratorGroups", newAdminGroups, GROUPS_MAX);
        v.maxLength("supervisorGroups", newSupervisorGroups, GROUPS_MAX);
        if (newGroupClaim == null && (newAdminGroups != null || newSupervisorGroups != null)) {
            String field = newAdminGroups != null ? "administratorGroups" : "supervisorGroups";
            v.add(field, "invalidInput.notApplicable", field + " needs groupClaim: the claim whose values are the groups.");
        }
        if (newIssuer != null && newClientId == null) {
            v.add("clientId", "invalidInput.fieldRequired", "clientId is required with an issuer: the id the identity provider gave this application.");
        }
        v.throwIfAny();

        String newSecret = c.clientSecret() == null ? clientSecret
                : c.clientSecret().isEmpty() ? null : encrypt.apply(c.clientSecret());
        if (state != SsoState.NON_SSO && (newIssuer == null || newClientId == null || newSecret == null)) {
            String field = newIssuer == null ? "issuer" : newClientId == null ? "clientId" : "clientSecret";
            throw new ConflictException("conflict.identityProviderInUse", "The state is " + state
                    + ": sign-ins use the identity provider, so issuer, client id and client secret must stay set."
                    + " Switch the state to NON_SSO first.", List.of(new FieldError(field, "conflict.identityProviderInUse",
                            field + " cannot be cleared while the state is " + state + ".")), List.of());
        }
        issuer = newIssuer;
        clientId = newClientId;
        clientSecret = newSecret;
        scopes = newScopes;
        userNameClaim = newUserClaim;
        groupClaim = newGroupClaim;
        administratorGroups = newAdminGroups;
        supervisorGroups = newSupervisorGroups;
    }

    /** Issuer, client id and secret are set: sign-ins through the provider are possible. */
    public boolean isConfigured() {
        return issuer != null && clientId != null && clientSecret != null;
    }

    /** The discovery document's address (OpenID Connect Discovery §4). */
    public URI discoveryUri() {
        return URI.create(issuer.endsWith("/") ? issuer + ".well-known/openid-configuration"
                : issuer + "/.well-known/openid-configuration");
    }

    private static void issuer(Violations v, String value) {
        if (value == null) {
            return;
        }
        v.maxLength("issuer", value, ISSUER_MAX);
        if (v.has("issuer")) {
            return;
        }
        try {
            URI u = new URI(value);
            if (!("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) || u.getHost() == null
                    || u.getRawQuery() != null || u.getRawFragment() != null) {
                v.add("issuer", "invalidInput.issuer", "issuer must be an https URL without query or fragment,"
                        + " e.g. https://idp.example.com/realms/contact-center.");
            } else {
                ProviderTransport.refusal("issuer", u).ifPresent(reason -> v.add("issuer", "invalidInput.issuer", reason));
            }
        } catch (URISyntaxException e) {
            v.add("issuer", "invalidInput.issuer", "issuer is not a URL: " + e.getReason() + ".");
        }
    }

    private static void claim(Violations v, String field, String value) {
        if (!CLAIM.matcher(value).matches()) {
            v.add(field, "invalidInput.claim", field + " must be a claim name of 1 to 100 letters, digits or _ . : / - characters.");
        }
    }

    private static String normalScopes(String text) {
        String s = String.join(" ", text.strip().split("\\s+"));
        return s.isEmpty() ? DEFAULT_SCOPES : s;
    }

    private static String joined(List<String> groups) {
        List<String> clean = new ArrayList<>();
        for (String g : groups) {
            if (g != null && !g.isBlank() && !clean.contains(g.strip())) {
                clean.add(g.strip().replace("\n", " "));
            }
        }
        return clean.isEmpty() ? null : String.join("\n", clean);
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split("\n"));
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    @Override public String auditType() { return RESOURCE; }
    @Override public Long auditId() { return (long) ID; }
    @Override public String auditName() { return "identity provider"; }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("issuer", issuer);
        s.put("clientId", clientId);
        // Never the secret, not even encrypted: only whether one is set.
        s.put("clientSecretSet", clientSecret != null);
        s.put("scopes", scopes);
        s.put("userNameClaim", userNameClaim);
        s.put("groupClaim", groupClaim);
        s.put("administratorGroups", administratorGroups().isEmpty() ? null : administratorGroups());
        s.put("supervisorGroups", supervisorGroups().isEmpty() ? null : supervisorGroups());
        return s;
    }

    public String issuer() { return issuer; }
    public String clientId() { return clientId; }
    /** The encrypted secret, for the token request only; never shown. */
    public String encryptedClientSecret() { return clientSecret; }
    public boolean clientSecretSet() { return clientSecret != null; }
    public String scopes() { return scopes; }
    public Set<String> scopeSet() { return Set.of(scopes.split(" ")); }
    public String userNameClaim() { return userNameClaim; }
    public String groupClaim() { return groupClaim; }
    public List<String> administratorGroups() { return split(administratorGroups); }
    public List<String> supervisorGroups() { return split(supervisorGroups); }
    public long changeStamp() { return changeStamp; }
}
