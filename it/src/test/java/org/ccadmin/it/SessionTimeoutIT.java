package org.ccadmin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Call Settings › Miscellaneous: the session inactivity timeout in the API (range, changeStamp, ETag, audit)
 * and applied to console sessions, including one already open when the setting changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionTimeoutIT {

    private static final String MISC = "api/v1/call-settings/miscellaneous";
    private static final Pattern TIMEOUT = Pattern.compile("name=\"ccadmin-session-timeout\" content=\"(\\d+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
    }

    @AfterEach
    void backToTheDefault() {
        JsonObject now = api.get(MISC).json();
        if (now.getInt("sessionTimeoutMinutes") != 30) {
            assertEquals(200, api.put(MISC, JsonBody.of("sessionTimeoutMinutes", 30, "changeStamp",
                    now.getJsonNumber("changeStamp").longValue())).status());
        }
    }

    @Test
    void theDefaultIsThirtyMinutesWithTheRangeAndAnETag() {
        ApiResponse r = api.get(MISC);
        assertEquals(200, r.status(), r::toString);
        assertEquals(30, r.json().getInt("sessionTimeoutMinutes"));
        assertEquals(15, r.json().getInt("minSessionTimeoutMinutes"));
        assertEquals(1440, r.json().getInt("maxSessionTimeoutMinutes"));
        assertEquals("\"" + r.json().getJsonNumber("changeStamp") + "\"", r.header("ETag").orElseThrow());
    }

    @Test
    void fifteenMinutesAreAppliedToAConsoleSessionAlreadyOpenAndToANewOne() {
        ConsoleSession open = ConsoleSession.signIn(base, Api.ADMIN, Deployments.required("admin.password"));
        assertEquals(30 * 60, timeoutOf(open));

        JsonObject before = api.get(MISC).json();
        ApiResponse saved = api.put(MISC, JsonBody.of("sessionTimeoutMinutes", 15, "changeStamp",
                before.getJsonNumber("changeStamp").longValue()));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(15, saved.json().getInt("sessionTimeoutMinutes"));

        assertEquals(15 * 60, timeoutOf(open), "the open session follows the new setting from its next request on");
        assertEquals(15 * 60, timeoutOf(ConsoleSession.signIn(base, Api.ADMIN, Deployments.required("admin.password"))));

        JsonObject audit = api.get(TestData.AUDIT + "?size=20").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> "miscellaneous settings".equals(e.getString("resourceType"))).findFirst().orElseThrow();
        assertEquals(Api.ADMIN, audit.getString("actor"));
        assertTrue(audit.getJsonObject("changes").toString().contains("15"), audit::toString);
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 1441, 0})
    void aTimeoutOutsideFifteenToOneThousandFourHundredFortyMinutesIsRefusedNamingTheField(int minutes) {
        JsonObject before = api.get(MISC).json();
        ApiResponse r = api.put(MISC, JsonBody.of("sessionTimeoutMinutes", minutes, "changeStamp",
                before.getJsonNumber("changeStamp").longValue()));
        assertEquals(400, r.status(), r::toString);
        assertEquals("application/problem+json", r.mediaType());
        assertEquals(List.of("sessionTimeoutMinutes"), r.errorFields());
        assertEquals(30, api.get(MISC).json().getInt("sessionTimeoutMinutes"));
    }

    @Test
    void aStaleChangeIsRefused() {
        JsonObject before = api.get(MISC).json();
        long stamp = before.getJsonNumber("changeStamp").longValue();
        assertEquals(200, api.put(MISC, JsonBody.of("sessionTimeoutMinutes", 60, "changeStamp", stamp)).status());
        ApiResponse stale = api.put(MISC, JsonBody.of("sessionTimeoutMinutes", 90, "changeStamp", stamp));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(60, api.get(MISC).json().getInt("sessionTimeoutMinutes"));
    }

    private static int timeoutOf(ConsoleSession session) {
        ConsoleSession.Page page = session.get("index.xhtml");
        assertEquals(200, page.status(), page::toString);
        Matcher m = TIMEOUT.matcher(page.body());
        assertTrue(m.find(), "the page names its session timeout");
        return Integer.parseInt(m.group(1));
    }
}
