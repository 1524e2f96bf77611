package org.ccadmin.shared.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.ccadmin.shared.security.SignInAttempt;
import org.ccadmin.shared.security.SingleSignOn;
import org.ccadmin.sso.application.SsoSignIn;

/** The sign-in form and sign-out action of the console. */
@Named
@RequestScoped
public class LoginBean {

    private static final String TARGET = "ccadmin.target";

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    @Inject
    private SsoSignIn sso;

    @Inject
    private SignInAttempt attempt;

    private Boolean ssoAvailable;
    private String ssoError;
    private boolean ssoErrorRead;

    private String userName;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(userName, password == null ? "" : password))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                HttpSession session = request.getSession();
                Object target = session.getAttribute(TARGET);
                session.removeAttribute(TARGET);
                external.redirect(target instanceof String t && t.startsWith(request.getContextPath() + "/")
                        ? t : request.getContextPath() + "/index.xhtml");
            }
            case SEND_CONTINUE -> faces.responseComplete();
            // The policy's reason only for a correct password: wrong passwords and unknown names look alike.
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    attempt.refusal() != null ? attempt.refusal() : messages.get("login.failed"), null));
        }
    }

    /** Ends the session here and, after a single sign-on, at the identity provider too when it supports that. */
    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(SingleSignOn.SESSION_ID_TOKEN);
        external.invalidateSession();
        Optional<URI> atProvider = idToken instanceof String t ? sso.signOut(t, SingleSignOn.signedOutUri(request)) : Optional.empty();
        if (atProvider.isPresent()) {
            SingleSignOn.leaveTo((HttpServletResponse) external.getResponse(), atProvider.get());
            faces.responseComplete();
        } else {
            external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
        }
    }

    /** The sign-in page offers "Sign in with single sign-on" while the state is HYBRID or SSO. */
    public boolean isSsoAvailable() {
        if (ssoAvailable == null) {
            ssoAvailable = sso.available();
        }
        return ssoAvailable;
    }

    /** Why the last single sign-on was refused or the session was ended (shown once), or null. */
    public String getSsoError() {
        if (!ssoErrorRead) {
            ssoErrorRead = true;
            HttpSession session = ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
            if (session != null && session.getAttribute(SingleSignOn.SESSION_ERROR) instanceof String e) {
                session.removeAttribute(SingleSignOn.SESSION_ERROR);
                ssoError = e;
            }
        }
        return ssoError;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
