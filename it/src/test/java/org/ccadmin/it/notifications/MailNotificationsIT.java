package org.ccadmin.it.notifications;

import static org.ccadmin.it.licensing.Licensing.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ccadmin.it.Api;
import org.ccadmin.it.ApiResponse;
import org.ccadmin.it.JsonBody;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail of licensing state changes through the configured SMTP server: a real SMTP sink (GreenMail) on
 * loopback receives what the server under test sends. Settings are strict and never give the password back;
 * the Test action sends now and says why it failed; a state change is mailed after its commit, and still
 * commits when the SMTP server is down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailNotificationsIT extends UnregisteredEachTime {

    private static final String SETTINGS = "api/v1/mail-settings";
    private static final String TO = "admin@example.com";
    private static final String FROM = "ccadmin@example.com";
    private static final String USER = "ccadmin";
    private static final String PASSWORD = "smtp-Secret-1";

    private GreenMail smtp;
    private int port;

    @BeforeEach
    void startSmtpSink() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smtp.setUser(TO, USER, PASSWORD);
    }

    @AfterEach
    void disableMail() {
        // Later tests of the run must not mail a sink that is gone.
        ok(put("enabled", false));
        smtp.stop();
    }

    @Test
    void thePasswordIsKeptButNeverShownAgain() {
        JsonObject saved = ok(configure(false));
        assertTrue(saved.getBoolean("passwordSet"), saved::toString);
        assertFalse(saved.containsKey("password"), saved::toString);
        JsonObject read = ok(api.get(SETTINGS));
        assertFalse(read.containsKey("password") || read.toString().contains(PASSWORD), read::toString);
        assertEquals("127.0.0.1", read.getString("host"));
        assertEquals(port, read.getInt("port"));
        assertEquals(USER, read.getString("username"));
        JsonObject audit = ok(api.get("api/v1/audit?size=5"));
        assertFalse(audit.toString().contains(PASSWORD), "never audited");
    }

    @Test
    void badSettingsAreRefusedNamingEachField() {
        ApiResponse missing = put("enabled", true, "host", "", "from", "", "to", "");
        assertEquals(400, missing.status(), missing::toString);
        assertTrue(missing.errorFields().containsAll(List.of("host", "from", "to")), missing::toString);
        ApiResponse bad = put("port", 70000, "to", "not an address");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.errorFields().containsAll(List.of("port", "to")), bad::toString);
        ApiResponse unknown = put("smtpHost", "x");
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.errorFields().contains("smtpHost"), unknown::toString);
        ApiResponse stale = api.put(SETTINGS, JsonBody.of("port", 25, "changeStamp", stamp() + 1));
        assertEquals(409, stale.status(), stale::toString);
    }

    @Test
    void theTestButtonSendsARealMessageThroughTheSmtpServer() throws Exception {
        ok(configure(true));
        ApiResponse sent = api.post(SETTINGS + "/test", "{}");
        assertEquals(204, sent.status(), sent::toString);
        MimeMessage m = received(1).get(0);
        assertEquals("ccadmin test message", m.getSubject());
        assertEquals(FROM, m.getFrom()[0].toString());
        assertEquals(TO, m.getAllRecipients()[0].toString());
        assertTrue(GreenMailUtil.getBody(m).contains("test message"), GreenMailUtil.getBody(m));
    }

    @Test
    void aTestThatCannotBeSentSaysWhyAndDisabledSettingsAreRefused() {
        ok(put("enabled", false));
        ApiResponse disabled = api.post(SETTINGS + "/test", "{}");
        assertEquals(409, disabled.status(), disabled::toString);
        assertEquals("conflict.mailNotConfigured", disabled.code());

        ok(configure(true));
        ok(put("password", "wrong-password"));
        ApiResponse refused = api.post(SETTINGS + "/test", "{}");
        assertEquals(502, refused.status(), refused::toString);
        assertEquals("mail.notSent", refused.code());
        assertTrue(refused.json().getString("detail").contains("127.0.0.1:" + port), refused::toString);

        // TLS on: this sink offers no STARTTLS, so nothing may be sent in clear.
        ok(put("password", PASSWORD, "tls", true));
        ApiResponse clear = api.post(SETTINGS + "/test", "{}");
        assertEquals(502, clear.status(), clear::toString);
        assertTrue(clear.json().getString("detail").toUpperCase().contains("STARTTLS"), clear::toString);
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aLicensingStateChangeIsMailedAfterItCommitted() throws Exception {
        ok(configure(true));
        notifications.register();
        MimeMessage registered = awaitSubject("Registered");
        assertTrue(registered.getSubject().contains(notifications.licensing().status().getString("productInstanceName")),
                registered.getSubject());
        assertTrue(GreenMailUtil.getBody(registered).contains("Before: Unregistered"), GreenMailUtil.getBody(registered));

        ok(notifications.licensing().action("deregister"));
        MimeMessage deregistered = awaitSubject("Unregistered");
        assertTrue(GreenMailUtil.getBody(deregistered).contains("Now:    Unregistered"), GreenMailUtil.getBody(deregistered));
    }

    @Test
    void aStateChangeCommitsWhenTheSmtpServerIsDown() {
        ok(configure(true));
        smtp.stop();
        long started = System.nanoTime();
        JsonObject registered = notifications.register();
        assertEquals("REGISTERED", registered.getString("registrationStatus"));
        assertEquals("REGISTERED", notifications.licensing().status().getString("registrationStatus"));
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "the change never waits for the SMTP server");
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private ApiResponse configure(boolean enabled) {
        return put("enabled", enabled, "host", "127.0.0.1", "port", port, "tls", false, "username", USER,
                "password", PASSWORD, "from", FROM, "to", TO);
    }

    private ApiResponse put(Object... fields) {
        Object[] all = Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "changeStamp";
        all[fields.length + 1] = stamp();
        return api.put(SETTINGS, JsonBody.of(all));
    }

    private long stamp() {
        return ok(api.get(SETTINGS)).getJsonNumber("changeStamp").longValue();
    }

    private List<MimeMessage> received(int count) {
        return Notifications.await(() -> smtp.getReceivedMessages().length >= count
                ? Optional.of(List.of(smtp.getReceivedMessages())) : Optional.empty(), count + " message(s)");
    }

    private MimeMessage awaitSubject(String state) {
        return Notifications.await(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(": " + state + " ·");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).reduce((a, b) -> b), "a message about " + state);
    }
}
