package org.ccadmin.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import org.ccadmin.sso.application.ConsoleSignIn;
import org.ccadmin.sso.application.SsoSignIn;
import org.ccadmin.sso.domain.SignInRefusedException;

/**
 * The console's two single sign-on addresses. {@value #LOGIN} (a plain GET link on the sign-in page: the CSP's
 * form-action 'self' would block a form that redirects off-site) sends the browser to the identity provider;
 * {@value #CALLBACK} receives its answer and, if the sign-in is accepted, keeps the user in the session exactly
 * like the password sign-in (new session id, then the page the user wanted). A refusal goes back to the sign-in
 * page with the reason.
 */
@ApplicationScoped
public class SingleSignOn {

    static final String LOGIN = "/sso/login";
    static final String CALLBACK = "/sso/callback";
    /** Why a sign-in was refused or a session ended, shown once by the sign-in page. */
    public static final String SESSION_ERROR = "ccadmin.ssoError";
    public static final String SESSION_ID_TOKEN = "ccadmin.idToken";

    @Inject
    private SsoSignIn sso;

    static boolean handles(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return LOGIN.equals(path) || CALLBACK.equals(path);
    }

    AuthenticationStatus handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return LOGIN.equals(path) ? start(request, response) : callback(request, response);
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(CcadminAuthentication.SESSION_TARGET);
        try {
            String binding = BrowserBinding.issue(request, response);
            ConsoleSignIn.Start start = sso.begin(target instanceof String t ? t : null, callbackUri(request), binding);
            response.sendRedirect(start.authorizationRequest().toString());
        } catch (SignInRefusedException e) {
            backToLogin(request, response, e.getMessage());
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleSignIn result = sso.complete(request.getParameter("state"), request.getParameter("code"),
                request.getParameter("error"), callbackUri(request), BrowserBinding.presented(request));
        if (!result.accepted()) {
            backToLogin(request, response, result.refusal());
            return AuthenticationStatus.SEND_CONTINUE;
        }
        BrowserBinding.clear(request, response);
        HttpSession session = CcadminAuthentication.freshSession(request);
        session.removeAttribute(CcadminAuthentication.SESSION_TARGET);
        session.setAttribute(CcadminAuthentication.SESSION_USER, result.userName());
        session.setAttribute(CcadminAuthentication.SESSION_GROUPS, new HashSet<>(result.roles()));
        session.setAttribute(SESSION_ID_TOKEN, result.idToken());
        if (result.agent()) {
            session.setAttribute(AgentSession.ATTRIBUTE, new AgentSession(false, result.groups()));
        }
        String target = result.target();
        response.sendRedirect(target != null && target.startsWith(request.getContextPath() + "/") && !target.startsWith("//")
                ? target : request.getContextPath() + "/index.xhtml");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static void backToLogin(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        request.getSession(true).setAttribute(SESSION_ERROR, reason);
        response.sendRedirect(request.getContextPath() + Paths.LOGIN);
    }

    /** The redirect URI registered at the identity provider: {@code <console base>/sso/callback}. */
    static URI callbackUri(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + CALLBACK);
    }

    /**
     * Sends the browser to {@code uri} of the identity provider from a form's response. A redirect would be
     * blocked: the CSP's form-action 'self' also covers where a form submission is redirected. A page that
     * refreshes to it (and links it) is a navigation of its own.
     */
    public static void leaveTo(HttpServletResponse response, URI uri) throws IOException {
        String href = uri.toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>Signing out</title></head><body>"
                + "<p><a id=\"continueSignOut\" href=\"" + href + "\">Continue signing out at the identity provider</a></p></body></html>");
    }

    /** Where a signed-out browser lands: the sign-in page, as an absolute URL for the identity provider. */
    public static URI signedOutUri(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + Paths.LOGIN + "?signedOut=true");
    }
}
