package org.ccadmin.it;

import static org.ccadmin.it.TestData.AUDIT;
import static org.ccadmin.it.TestData.BUCKET_INTERVALS;
import static org.ccadmin.it.TestData.MRDS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conventions every resource of the API shares: sign-in, security headers, health probes, problem
 * bodies for every error, strict body parsing, paging and sorting parameters, the audit trail and the
 * OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiConventionsIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private TestData data;

    @BeforeEach
    void signIn() {
        api = Api.asAdmin(base);
        data = new TestData(api);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    // --- sign-in ---------------------------------------------------------------------------------------

    @Test
    void apiRequestWithoutCredentialsIsChallengedWithBasicAndAProblem() {
        ApiResponse r = Api.anonymous(base).get(MRDS);
        assertEquals(401, r.status(), r::toString);
        assertTrue(r.header("WWW-Authenticate").orElse("").startsWith("Basic"), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals(401, r.json().getInt("status"));
        assertEquals("unauthorized", r.code());
    }

    @Test
    void apiRequestWithWrongPasswordIsRefused() {
        ApiResponse r = Api.as(base, Api.ADMIN, "not-the-password").get(MRDS);
        assertEquals(401, r.status(), r::toString);
        assertTrue(r.header("WWW-Authenticate").orElse("").startsWith("Basic"), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
    }

    /** The container must not try to send its own 401 after ccadmin's (it logged an error with a stack trace). */
    @Test
    void aRefusedSignInLeavesNoErrorInTheServerLog() throws java.io.IOException {
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long before = java.nio.file.Files.size(log);
        assertEquals(401, Api.as(base, Api.ADMIN, "not-the-password").get(MRDS).status());
        assertEquals(401, Api.as(base, Api.ADMIN, "not-the-password").post(MRDS, "{\"name\":\"Refused\"}").status());
        assertEquals(401, Api.anonymous(base).post(MRDS, "{\"name\":\"Refused\"}").status());
        // The container's error, when there is one, is logged just after the client has its answer.
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String written;
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(log.toFile(), "r")) {
            f.seek(before);
            byte[] tail = new byte[(int) (f.length() - before)];
            f.readFully(tail);
            written = new String(tail, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertFalse(written.contains("UT010019") || written.contains("UT005023"), written);
    }

    @Test
    void apiRequestOfUnknownUserIsRefused() {
        ApiResponse r = Api.as(base, "nobody" + Unique.suffix(), "whatever").get(MRDS);
        assertEquals(401, r.status(), r::toString);
    }

    @Test
    void apiNeverCreatesASession() {
        ApiResponse r = api.get(MRDS);
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")), r::toString);
    }

    @Test
    void consolePageWithoutSignInRedirectsToLogin() {
        ApiResponse r = Api.anonymous(base).request("GET", "index.xhtml").header("Accept", "text/html").send();
        assertTrue(r.status() == 302 || r.status() == 303, r::toString);
        assertTrue(r.location().endsWith("/ccadmin/login.xhtml"), r::toString);
    }

    // --- health ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/health", "api/v1/health/ready", "api/v1/health/live"})
    void healthIsUpWithoutSignInAndTellsNothingElse(String path) {
        ApiResponse r = Api.anonymous(base).get(path);
        assertEquals(200, r.status(), r::toString);
        JsonObject body = r.json();
        assertEquals("UP", body.getString("status"));
        assertTrue(Set.of("status", "checks").containsAll(body.keySet()), r::toString);
        if (body.containsKey("checks")) {
            body.getJsonObject("checks").values().forEach(v -> assertEquals("UP", ((JsonString) v).getString(), r::toString));
        }
    }

    // --- security headers ------------------------------------------------------------------------------

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        assertSecurityHeaders(api.get(MRDS));
    }

    @Test
    void refusedApiResponsesCarryTheSecurityHeaders() {
        assertSecurityHeaders(Api.anonymous(base).get(MRDS));
    }

    @Test
    void consolePagesCarryTheSecurityHeaders() {
        ApiResponse login = Api.anonymous(base).request("GET", "login.xhtml").header("Accept", "text/html").send();
        assertEquals(200, login.status(), login::toString);
        assertSecurityHeaders(login);
        assertSecurityHeaders(Api.anonymous(base).request("GET", "index.xhtml").header("Accept", "text/html").send());
    }

    private static void assertSecurityHeaders(ApiResponse r) {
        assertAll(r.toString(),
                () -> assertTrue(r.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), "CSP"),
                () -> assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(null), "X-Content-Type-Options"),
                () -> assertTrue(r.header("X-Frame-Options").isPresent(), "X-Frame-Options"),
                () -> assertTrue(r.header("Referrer-Policy").isPresent(), "Referrer-Policy"));
    }

    // --- HTTP errors as problems -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/no-such-resource", "api/v1/media-routing-domains/not-a-number",
            "api/v1/media-routing-domains/1/no-such-part", "api/v1/media-routing-domains/987654321"})
    void unknownPathIsANotFoundProblemNeverHtml(String path) {
        ApiResponse r = api.request("GET", path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").send();
        assertEquals(404, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals("notFound", r.code(), r::toString);
    }

    @Test
    void unknownPathOutsideTheApiVersionIsANotFoundProblemNeverHtml() {
        // Everything under /api/ is API to the sign-in (Basic challenge, problem bodies), so its 404 is too.
        ApiResponse r = api.get("api/v2/media-routing-domains");
        assertEquals(404, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
    }

    @Test
    void unsupportedMethodIsAMethodNotAllowedProblem() {
        ApiResponse r = api.request("PATCH", MRDS).json("{}").send();
        assertEquals(405, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals("methodNotAllowed", r.code());
        assertTrue(r.header("Allow").isPresent(), () -> "405 without Allow: " + r);
    }

    @Test
    void bodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
        ApiResponse r = api.request("POST", MRDS).body("text/plain", "name=" + Unique.name("Txt")).send();
        assertEquals(415, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals("unsupportedMediaType", r.code());
    }

    @Test
    void malformedJsonIsRefusedNamingTheBody() {
        ApiResponse r = api.post(MRDS, "{\"name\": \"Broken");
        assertEquals(400, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals(List.of("body"), r.errorFields(), r::toString);
        assertEquals("invalidInput.malformedJson", r.errorCode("body").orElse(null));
    }

    @Test
    void bodyThatIsNotAnObjectIsRefusedNamingTheBody() {
        ApiResponse r = api.post(MRDS, "[1, 2]");
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("body"), r.errorFields(), r::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "name                  | 42",
            "taskLife              | \"long\"",
            "taskLife              | 12.5",
            "interruptible         | \"yes\"",
            "description           | true"})
    void valueOfWrongTypeIsRefusedNamingTheField(String field, String json) {
        String body = "{\"name\":\"" + Unique.name("Typ") + "\",\"" + field + "\":" + json + "}";
        ApiResponse r = data.track(api.post(MRDS, body));
        assertEquals(400, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals(List.of(field), r.errorFields(), r::toString);
        assertEquals("invalidInput.wrongType", r.errorCode(field).orElse(null), r::toString);
    }

    @Test
    void unknownFieldIsRefusedNamingIt() {
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", Unique.name("Unk"), "colour", "red")));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("colour"), r.errorFields(), r::toString);
        assertEquals("invalidInput.unknownField", r.errorCode("colour").orElse(null));
    }

    @Test
    void nonNumericChangeStampParameterIsRefusedNamingIt() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("Cs"));
        ApiResponse r = api.delete(TestData.item(MRDS, mrd) + "?changeStamp=latest");
        assertEquals(400, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertTrue(r.errorFields().contains("changeStamp"), r::toString);
    }

    // --- paging parameters -----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "api/v1/media-routing-domains | size=0              | size",
            "api/v1/media-routing-domains | size=501            | size",
            "api/v1/media-routing-domains | size=ten            | size",
            "api/v1/media-routing-domains | page=-1             | page",
            "api/v1/media-routing-domains | sort=unknown        | sort",
            "api/v1/media-routing-domains | sort=name,sideways  | sort",
            "api/v1/bucket-intervals      | size=0              | size",
            "api/v1/bucket-intervals      | sort=taskLife       | sort",
            "api/v1/audit                 | page=-1             | page",
            "api/v1/audit                 | sort=name           | sort"})
    void badPagingParameterIsRefusedNamingIt(String collection, String query, String parameter) {
        ApiResponse r = api.get(collection + "?" + query);
        assertEquals(400, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals(List.of(parameter), r.errorFields(), r::toString);
    }

    @Test
    void severalBadPagingParametersAreReportedTogether() {
        ApiResponse r = api.get(MRDS + "?size=0&page=-1&sort=unknown");
        assertEquals(400, r.status(), r::toString);
        assertEquals(Set.of("size", "page", "sort"), new HashSet<>(r.errorFields()), r::toString);
    }

    @Test
    void largestPageSizeIsAccepted() {
        ApiResponse r = api.get(MRDS + "?size=500&page=0&sort=name,DESC");
        assertEquals(200, r.status(), r::toString);
        assertEquals(500, r.json().getInt("size"));
    }

    @Test
    void pageBeyondTheLastIsEmptyButKeepsTheTotal() {
        String tag = bucketIntervals(3);
        JsonObject page = ok(api.get(BUCKET_INTERVALS + "?q=" + tag + "&size=2&page=7"));
        assertEquals(0, page.getJsonArray("items").size(), page::toString);
        assertEquals(3, page.getJsonNumber("total").longValue());
        assertEquals(7, page.getInt("page"));
        assertTrue(page.getJsonObject("links").containsKey("prev"), page::toString);
        assertFalse(page.getJsonObject("links").containsKey("next"), page::toString);
    }

    @Test
    void firstPageLinksToNextAndLastButNotPrevious() {
        String tag = bucketIntervals(3);
        JsonObject links = ok(api.get(BUCKET_INTERVALS + "?q=" + tag + "&size=1&page=0")).getJsonObject("links");
        assertTrue(links.keySet().containsAll(Set.of("self", "first", "next", "last")), links::toString);
        assertFalse(links.containsKey("prev"), links::toString);
        assertTrue(links.getString("next").contains("page=1"), links::toString);
        assertTrue(links.getString("last").contains("page=2"), links::toString);
    }

    @Test
    void middlePageLinksBothWays() {
        String tag = bucketIntervals(3);
        JsonObject links = ok(api.get(BUCKET_INTERVALS + "?q=" + tag + "&size=1&page=1")).getJsonObject("links");
        assertTrue(links.keySet().containsAll(Set.of("self", "first", "prev", "next", "last")), links::toString);
        assertTrue(links.getString("prev").contains("page=0"), links::toString);
        assertTrue(links.getString("next").contains("page=2"), links::toString);
    }

    @Test
    void lastPageLinksBackButNotForward() {
        String tag = bucketIntervals(3);
        JsonObject links = ok(api.get(BUCKET_INTERVALS + "?q=" + tag + "&size=1&page=2")).getJsonObject("links");
        assertTrue(links.containsKey("prev"), links::toString);
        assertFalse(links.containsKey("next"), links::toString);
    }

    @Test
    void pageLinksKeepTheOtherParameters() {
        String tag = bucketIntervals(2);
        JsonObject links = ok(api.get(BUCKET_INTERVALS + "?q=" + tag + "&size=1&sort=description,desc"))
                .getJsonObject("links");
        String next = links.getString("next");
        assertTrue(next.contains("q=" + tag) && next.contains("sort=description") && next.contains("size=1"), next);
        JsonObject second = ok(api.get(next));
        assertEquals(1, second.getInt("page"));
        assertEquals(1, second.getJsonArray("items").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"description", "description,desc", "upperBound1", "upperBound1,desc", "upperBound2"})
    void walkingAllPagesSortedByANonUniqueFieldVisitsEachItemOnce(String sort) {
        String tag = Unique.suffix();
        Set<Long> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            // Same description and same bounds for all: only the id can tell them apart.
            created.add(data.bucketInterval("Walk" + i + "_" + tag, List.of(15, 45), "description", "same " + tag)
                    .getJsonNumber("id").longValue());
        }
        List<Long> visited = new ArrayList<>();
        String next = BUCKET_INTERVALS + "?q=" + tag + "&size=1&sort=" + sort;
        while (next != null) {
            JsonObject page = ok(api.get(next));
            assertEquals(5, page.getJsonNumber("total").longValue(), page::toString);
            page.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(item -> visited.add(item.getJsonNumber("id").longValue()));
            next = page.getJsonObject("links").getString("next", null);
            assertTrue(visited.size() <= 5, () -> "more pages than items: " + visited);
        }
        assertEquals(5, visited.size(), visited::toString);
        assertEquals(created, new HashSet<>(visited), visited::toString);
    }

    /** Creates {@code count} bucket intervals whose names share a fresh tag, and returns the tag. */
    private String bucketIntervals(int count) {
        String tag = Unique.suffix();
        for (int i = 0; i < count; i++) {
            data.bucketInterval("Page" + i + "_" + tag, List.of(10 + i));
        }
        return tag;
    }

    // --- audit trail -----------------------------------------------------------------------------------

    @Test
    void createUpdateAndDeleteAreAuditedNewestFirst() {
        String name = Unique.name("Audited");
        JsonObject mrd = data.mediaRoutingDomain(name, "description", "before", "taskLife", 600);
        long id = mrd.getJsonNumber("id").longValue();
        ApiResponse updated = api.put(TestData.item(MRDS, id),
                JsonBody.of("description", "after", "taskLife", 900, "changeStamp", 0));
        assertEquals(200, updated.status(), updated::toString);
        ApiResponse deleted = api.delete(TestData.item(MRDS, id) + "?changeStamp=1");
        assertEquals(204, deleted.status(), deleted::toString);

        JsonObject page = ok(api.get(AUDIT + "?resourceType=mediaRoutingDomain&resourceId=" + id));
        List<JsonObject> entries = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(3, page.getJsonNumber("total").longValue(), page::toString);
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"),
                entries.stream().map(e -> e.getString("action").toUpperCase()).toList(), page::toString);
        entries.forEach(e -> assertEquals(Api.ADMIN, e.getString("actor"), e::toString));
        entries.forEach(e -> assertEquals(id, e.getJsonNumber("resourceId").longValue(), e::toString));

        JsonObject update = changes(entries.get(1));
        assertEquals(Set.of("description", "taskLife"), update.keySet(), update::toString);
        assertEquals("before", update.getJsonObject("description").getString("from"));
        assertEquals("after", update.getJsonObject("description").getString("to"));
        assertEquals(600, update.getJsonObject("taskLife").getInt("from"));
        assertEquals(900, update.getJsonObject("taskLife").getInt("to"));

        JsonObject create = changes(entries.get(2));
        assertEquals(name, create.getJsonObject("name").getString("to"), create::toString);
        assertTrue(create.getJsonObject("name").isNull("from"), create::toString);

        JsonObject delete = changes(entries.get(0));
        assertEquals(name, delete.getJsonObject("name").getString("from"), delete::toString);
        assertTrue(delete.getJsonObject("name").isNull("to"), delete::toString);
    }

    @Test
    void updateThatChangesNothingLeavesNoAuditEntry() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("Same"), "taskLife", 600);
        ApiResponse r = api.put(TestData.item(MRDS, mrd), JsonBody.of("taskLife", 600, "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        JsonObject page = ok(api.get(AUDIT + "?resourceType=mediaRoutingDomain&resourceId=" + mrd.getJsonNumber("id")));
        assertEquals(1, page.getJsonNumber("total").longValue(), page::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=yesterday       | from",
            "to=2026-13-01        | to",
            "resourceId=abc       | resourceId",
            "action=frobnicate    | action"})
    void badAuditFilterIsRefusedNamingTheParameter(String query, String parameter) {
        ApiResponse r = api.get(AUDIT + "?" + query);
        assertEquals(400, r.status(), r::toString);
        assertEquals(PROBLEM, r.mediaType(), r::toString);
        assertEquals(List.of(parameter), r.errorFields(), r::toString);
    }

    private static JsonObject changes(JsonObject entry) {
        return entry.getJsonObject("changes");
    }

    // --- OpenAPI ---------------------------------------------------------------------------------------

    @Test
    void openApiDocumentListsTheCallSettingsPaths() {
        ApiResponse r = Api.anonymous(base).get("/openapi?format=JSON");
        assertEquals(200, r.status(), r::toString);
        JsonObject paths = r.json().getJsonObject("paths");
        assertNotNull(paths, r::toString);
        assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith("/media-routing-domains")), paths.keySet()::toString);
        assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith("/bucket-intervals")), paths.keySet()::toString);
    }

    private static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
