package org.ccadmin.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ccadmin.sso.application.ConsoleSessionCheck;

/**
 * One mechanism, two behaviours. {@code /api/**}: HTTP Basic on every request, a 401 problem body with a
 * Basic challenge when absent or wrong, never a session or a redirect. Everything else (the console):
 * the sign-in form calls {@code SecurityContext.authenticate} with the credential; a successful sign-in is
 * kept in the HTTP session (renewed id against fixation), and a request without it is sent to the
 * sign-in page, remembering where it wanted to go. Single sign-on through the identity provider ends in the
 * same session attributes ({@link SingleSignOn}). The session of an agent (a supervisor) is re-checked on each
 * request ({@link ConsoleSessionCheck}): when it may no longer sign in, the session ends and the sign-in page
 * says why.
 */
@ApplicationScoped
public class CcadminAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(CcadminAuthentication.class.getName());

    static final String SESSION_USER = "ccadmin.user";
    static final String SESSION_GROUPS = "ccadmin.groups";
    static final String SESSION_TARGET = "ccadmin.target";

    @Inject
    private IdentityStoreHandler identities;

    @Inject
    private SingleSignOn sso;

    @Inject
    private SessionTimeout timeout;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private ConsoleSessionCheck sessionCheck;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        try {
            return Paths.isApi(request) ? api(request, response, context) : console(request, response, context);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(header.substring(6).strip());
            if (credential != null) {
                CredentialValidationResult result = identities.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
                }
            }
            // As on the sign-in form: the SSO state's reason only for a correct password, never for a wrong one.
            return ApiChallenge.send(request, response, attempt.refusal() != null ? attempt.refusal()
                    : "The user name or password is wrong, or the account is disabled.");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return ApiChallenge.send(request, response, "Sign in with HTTP Basic authentication (Authorization: Basic …).");
    }

    private AuthenticationStatus console(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws IOException {
        if (SingleSignOn.handles(request)) {
            return sso.handle(request, response);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identities.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = freshSession(request);
            session.setMaxInactiveInterval(timeout.seconds());
            session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
            session.setAttribute(SESSION_GROUPS, new HashSet<>(result.getCallerGroups()));
            if (attempt.agent()) {
                session.setAttribute(AgentSession.ATTRIBUTE, new AgentSession(true, List.of()));
            }
            return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String user) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            // Static resources (scripts, styles, images) show no data: not worth the database round trip per file.
            Optional<String> ended = !Paths.isStaticResource(request) && session.getAttribute(AgentSession.ATTRIBUTE) instanceof AgentSession agent
                    ? sessionCheck.refusal(user, groups, agent.password(), agent.groups()) : Optional.empty();
            if (ended.isEmpty()) {
                return context.notifyContainerAboutLogin(user, groups);
            }
            LOG.warning(() -> "Console session of " + user + " ended: " + ended.get());
            session.invalidate();
            request.getSession(true).setAttribute(SingleSignOn.SESSION_ERROR, ended.get() + " Your session has ended.");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLogin(request, response);
    }

    /**
     * The session a sign-in keeps its user in: a new id (against fixation) and nothing of an earlier user of the
     * same browser (the ID token or agent marker of a previous sign-in would otherwise follow the new one).
     */
    static HttpSession freshSession(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        for (String attribute : new String[] {SESSION_USER, SESSION_GROUPS, AgentSession.ATTRIBUTE, SingleSignOn.SESSION_ID_TOKEN}) {
            session.removeAttribute(attribute);
        }
        return session;
    }

    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + Paths.LOGIN;
        if (Paths.isAjax(request)) {
            // An ajax request after the session expired: tell the Faces client to load the sign-in page.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                    + login + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            request.getSession(true).setAttribute(SESSION_TARGET, target);
        }
        response.sendRedirect(login);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
