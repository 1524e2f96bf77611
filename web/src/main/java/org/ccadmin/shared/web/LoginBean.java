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
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("login.failed"), null));
        }
    }

    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
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
