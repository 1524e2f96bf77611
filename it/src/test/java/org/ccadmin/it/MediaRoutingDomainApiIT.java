package org.ccadmin.it;

import static org.ccadmin.it.TestData.MRDS;
import static org.ccadmin.it.TestData.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * Media routing domains over REST: the read-only built-in voice domain, creation with defaults and range
 * checks, names, optimistic concurrency, deletion, the system limit, search, filters and sorting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaRoutingDomainApiIT {

    private static final long VOICE_ID = 1;

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

    // --- the built-in voice domain ---------------------------------------------------------------------

    @Test
    void builtInVoiceDomainExists() {
        JsonObject voice = ok(api.get(item(MRDS, VOICE_ID)));
        assertEquals("Cisco_Voice", voice.getString("name"));
        assertEquals("voice", voice.getString("type"));
        assertTrue(voice.getBoolean("builtIn"));
    }

    @Test
    void builtInVoiceDomainCannotBeUpdated() {
        ApiResponse current = api.get(item(MRDS, VOICE_ID));
        ApiResponse r = api.put(item(MRDS, VOICE_ID), JsonBody.of("description", "changed",
                "changeStamp", current.json().getJsonNumber("changeStamp").longValue()));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.builtIn", r.code());
        assertEquals(current.json(), ok(api.get(item(MRDS, VOICE_ID))));
    }

    @Test
    void builtInVoiceDomainCannotBeDeleted() {
        ApiResponse current = api.get(item(MRDS, VOICE_ID));
        ApiResponse r = api.request("DELETE", item(MRDS, VOICE_ID)).header("If-Match", current.etag()).send();
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.builtIn", r.code());
        assertEquals(200, api.get(item(MRDS, VOICE_ID)).status());
    }

    // --- create ----------------------------------------------------------------------------------------

    @Test
    void createdDomainGetsLocationEtagAndDefaults() {
        String name = Unique.name("Chat");
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", name)));
        assertEquals(201, r.status(), r::toString);
        assertEquals("\"0\"", r.etag());
        JsonObject created = r.json();
        assertEquals(name, created.getString("name"));
        assertEquals("multichannel", created.getString("type"));
        assertFalse(created.getBoolean("builtIn"));
        assertEquals(0, created.getJsonNumber("changeStamp").longValue());
        assertEquals(1200, created.getInt("taskLife"));
        assertEquals(30, created.getInt("taskStartTimeout"));
        assertEquals(28800, created.getInt("maxTaskDuration"));
        assertEquals(30, created.getInt("serviceLevelThreshold"));
        assertFalse(created.getBoolean("interruptible"));
        assertEquals(10000, created.getInt("maxTasksInQueue"));
        assertEquals(3600, created.getInt("maxTimeInQueue"));
        assertTrue(r.location().endsWith("/api/v1/media-routing-domains/" + created.getJsonNumber("id")), r::toString);
    }

    @Test
    void locationOfCreatedDomainReturnsIt() {
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", Unique.name("Loc"), "description", "mail",
                "taskLife", 700, "interruptible", true)));
        ApiResponse read = api.get(r.location());
        assertEquals(200, read.status(), read::toString);
        assertEquals(r.json(), read.json());
        assertEquals("\"0\"", read.etag());
    }

    @Test
    void explicitMultichannelTypeIsAccepted() {
        JsonObject created = data.mediaRoutingDomain(Unique.name("Typed"), "type", "multichannel");
        assertEquals("multichannel", created.getString("type"));
    }

    @Test
    void voiceTypeCannotBeCreated() {
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", Unique.name("Voice"), "type", "voice")));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("type"), r.errorFields(), r::toString);
    }

    @Test
    void inclusiveRangeLimitsAreAccepted() {
        JsonObject lowest = data.mediaRoutingDomain(Unique.name("Low"), "taskLife", 1, "taskStartTimeout", 1,
                "maxTaskDuration", 1, "serviceLevelThreshold", 0, "maxTasksInQueue", 1, "maxTimeInQueue", 1);
        assertEquals(1, lowest.getInt("taskLife"));
        assertEquals(0, lowest.getInt("serviceLevelThreshold"));
        JsonObject highest = data.mediaRoutingDomain(Unique.name("High"), "taskLife", 28800, "taskStartTimeout", 3600,
                "maxTaskDuration", 86400, "serviceLevelThreshold", Integer.MAX_VALUE, "maxTasksInQueue", 100000,
                "maxTimeInQueue", 259200);
        assertEquals(28800, highest.getInt("taskLife"));
        assertEquals(3600, highest.getInt("taskStartTimeout"));
        assertEquals(86400, highest.getInt("maxTaskDuration"));
        assertEquals(Integer.MAX_VALUE, highest.getInt("serviceLevelThreshold"));
        assertEquals(100000, highest.getInt("maxTasksInQueue"));
        assertEquals(259200, highest.getInt("maxTimeInQueue"));
    }

    @ParameterizedTest
    @CsvSource({
            "taskLife, 0", "taskLife, 28801",
            "taskStartTimeout, 0", "taskStartTimeout, 3601",
            "maxTaskDuration, 0", "maxTaskDuration, 86401",
            "serviceLevelThreshold, -1", "serviceLevelThreshold, 2147483648",
            "maxTasksInQueue, 0", "maxTasksInQueue, 100001",
            "maxTimeInQueue, 0", "maxTimeInQueue, 259201"})
    void valueOutOfRangeIsRefusedNamingTheField(String field, long value) {
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", Unique.name("Range"), field, value)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of(field), r.errorFields(), r::toString);
        assertEquals("invalidInput.outOfRange", r.errorCode(field).orElse(null), r::toString);
    }

    @Test
    void severalViolationsAreReportedTogether() {
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", "bad name", "taskLife", 0,
                "maxTimeInQueue", 259201, "description", "x".repeat(256))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(Set.of("name", "taskLife", "maxTimeInQueue", "description"), new HashSet<>(r.errorFields()),
                r::toString);
    }

    @Test
    void outOfRangeUpdateIsRefusedAndChangesNothing() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("Upd"), "taskLife", 600);
        ApiResponse r = api.put(item(MRDS, mrd), JsonBody.of("taskLife", 28801, "description", "new", "changeStamp", 0));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("taskLife"), r.errorFields(), r::toString);
        assertEquals(mrd, ok(api.get(item(MRDS, mrd))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThirtyThreeCharactersLongName_xyz", "bad name", "_x", ".x", "naïve", "semi;colon", ""})
    void invalidNameIsRefusedNamingTheField(String name) {
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", name)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("name"), r.errorFields(), r::toString);
    }

    @Test
    void missingNameIsRefusedNamingTheField() {
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("description", "no name")));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("name"), r.errorFields(), r::toString);
        assertEquals("invalidInput.fieldRequired", r.errorCode("name").orElse(null));
    }

    @Test
    void nameOfThirtyTwoCharactersIsAccepted() {
        String name = ("L32_" + Unique.suffix() + "_".repeat(32)).substring(0, 32);
        assertEquals(name, data.mediaRoutingDomain(name).getString("name"));
    }

    @Test
    void duplicateNameInOtherLetterCaseIsAConflictNamingTheField() {
        String name = Unique.name("Dup");
        data.mediaRoutingDomain(name);
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", name.toUpperCase())));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.duplicateName", r.code());
        assertEquals(List.of("name"), r.errorFields(), r::toString);
    }

    @Test
    void renamingToAnExistingNameIsAConflict() {
        String taken = Unique.name("Taken");
        data.mediaRoutingDomain(taken);
        JsonObject other = data.mediaRoutingDomain(Unique.name("Other"));
        ApiResponse r = api.put(item(MRDS, other), JsonBody.of("name", taken.toLowerCase(), "changeStamp", 0));
        assertEquals(409, r.status(), r::toString);
        assertEquals(List.of("name"), r.errorFields(), r::toString);
    }

    @Test
    void refusedCreateStoresNothing() {
        long before = total(MRDS);
        String name = Unique.name("Refused");
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", name, "taskLife", 0)));
        assertEquals(400, r.status(), r::toString);
        assertEquals(before, total(MRDS));
        assertEquals(0, ok(api.get(MRDS + "?q=" + name)).getJsonNumber("total").longValue());
    }

    // --- update ----------------------------------------------------------------------------------------

    @Test
    void updateWithCurrentChangeStampSucceedsAndAdvancesIt() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("Edit"));
        ApiResponse r = api.put(item(MRDS, mrd), JsonBody.of("description", "now with chat", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.json().getJsonNumber("changeStamp").longValue());
        assertEquals("\"1\"", r.etag());
        assertEquals("now with chat", r.json().getString("description"));
        ApiResponse read = api.get(item(MRDS, mrd));
        assertEquals("\"1\"", read.etag());
        assertEquals(r.json(), read.json());
    }

    @Test
    void updateKeepsTheFieldsItDoesNotSend() {
        String name = Unique.name("Partial");
        JsonObject mrd = data.mediaRoutingDomain(name, "description", "keep me", "taskLife", 600,
                "interruptible", true, "maxTasksInQueue", 50);
        ApiResponse r = api.put(item(MRDS, mrd), JsonBody.of("maxTimeInQueue", 120, "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        JsonObject read = ok(api.get(item(MRDS, mrd)));
        assertEquals(name, read.getString("name"));
        assertEquals("keep me", read.getString("description"));
        assertEquals(600, read.getInt("taskLife"));
        assertTrue(read.getBoolean("interruptible"));
        assertEquals(50, read.getInt("maxTasksInQueue"));
        assertEquals(120, read.getInt("maxTimeInQueue"));
        assertEquals(mrd.getInt("taskStartTimeout"), read.getInt("taskStartTimeout"));
    }

    @Test
    void updateWithIfMatchOfCurrentVersionSucceeds() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("IfMatch"));
        ApiResponse r = api.request("PUT", item(MRDS, mrd)).header("If-Match", "\"0\"")
                .json(JsonBody.of("taskLife", 900)).send();
        assertEquals(200, r.status(), r::toString);
        assertEquals(900, r.json().getInt("taskLife"));
    }

    @Test
    void staleChangeStampIsRefusedWithConflict() {
        JsonObject mrd = changedOnce(Unique.name("Stale"));
        ApiResponse r = api.put(item(MRDS, mrd), JsonBody.of("description", "lost update", "changeStamp", 0));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code());
        assertEquals("first change", ok(api.get(item(MRDS, mrd))).getString("description"));
    }

    @Test
    void staleIfMatchIsRefusedWithPreconditionFailed() {
        JsonObject mrd = changedOnce(Unique.name("StaleTag"));
        ApiResponse r = api.request("PUT", item(MRDS, mrd)).header("If-Match", "\"0\"")
                .json(JsonBody.of("description", "lost update")).send();
        assertEquals(412, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code());
        assertEquals("\"1\"", r.etag(), "a 412 tells the current version");
        assertEquals("first change", ok(api.get(item(MRDS, mrd))).getString("description"));
    }

    @Test
    void updateWithoutChangeStampIsRefusedWithPreconditionRequired() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("NoStamp"));
        ApiResponse r = api.put(item(MRDS, mrd), JsonBody.of("description", "blind write"));
        assertEquals(428, r.status(), r::toString);
        assertEquals("changeStampRequired", r.code());
        assertEquals(mrd, ok(api.get(item(MRDS, mrd))));
    }

    @Test
    void updateOfUnknownDomainIsNotFound() {
        ApiResponse r = api.put(item(MRDS, 987654321L), JsonBody.of("description", "x", "changeStamp", 0));
        assertEquals(404, r.status(), r::toString);
        assertEquals("notFound", r.code());
    }

    private JsonObject changedOnce(String name) {
        JsonObject mrd = data.mediaRoutingDomain(name);
        ApiResponse r = api.put(item(MRDS, mrd), JsonBody.of("description", "first change", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    // --- delete ----------------------------------------------------------------------------------------

    @Test
    void deleteWithChangeStampRemovesTheDomain() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("Gone"));
        ApiResponse r = api.delete(item(MRDS, mrd) + "?changeStamp=0");
        assertEquals(204, r.status(), r::toString);
        ApiResponse read = api.get(item(MRDS, mrd));
        assertEquals(404, read.status(), read::toString);
        assertEquals("application/problem+json", read.mediaType());
        assertEquals("notFound", read.code());
    }

    @Test
    void deleteWithStaleChangeStampIsRefused() {
        JsonObject mrd = changedOnce(Unique.name("StaleDel"));
        ApiResponse r = api.delete(item(MRDS, mrd) + "?changeStamp=0");
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code());
        assertEquals(200, api.get(item(MRDS, mrd)).status());
    }

    @Test
    void deleteWithStaleIfMatchIsRefusedWithPreconditionFailed() {
        JsonObject mrd = changedOnce(Unique.name("StaleTagDel"));
        ApiResponse r = api.request("DELETE", item(MRDS, mrd)).header("If-Match", "\"0\"").send();
        assertEquals(412, r.status(), r::toString);
        assertEquals(200, api.get(item(MRDS, mrd)).status());
    }

    @Test
    void deleteWithoutChangeStampIsRefusedWithPreconditionRequired() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("BlindDel"));
        ApiResponse r = api.delete(item(MRDS, mrd));
        assertEquals(428, r.status(), r::toString);
        assertEquals(200, api.get(item(MRDS, mrd)).status());
    }

    // --- system limit ----------------------------------------------------------------------------------

    @Test
    void twentyFirstDomainIsRefusedWithLimitExceeded() {
        String tag = Unique.suffix();
        for (long n = total(MRDS); n < 20; n++) {
            data.mediaRoutingDomain("Limit" + n + "_" + tag);
        }
        assertEquals(20, total(MRDS));
        ApiResponse r = data.track(api.post(MRDS, JsonBody.of("name", "Limit_over_" + tag)));
        assertEquals(409, r.status(), r::toString);
        assertEquals("limitExceeded", r.code());
        assertEquals(20, total(MRDS));
    }

    /**
     * Creations racing for the last free place, as on several nodes at once: exactly one gets it. A count then an
     * insert, unserialised, lets several see room for one more; the creation gate makes them take turns.
     */
    @Test
    void creationsRacingForTheLastPlaceGetItExactlyOnce() throws Exception {
        String tag = Unique.suffix();
        for (long n = total(MRDS); n < 19; n++) {
            data.mediaRoutingDomain("Limit" + n + "_" + tag);
        }
        int racers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> posts = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String name = "Race" + i + "_" + tag;
                posts.add(pool.submit(() -> {
                    start.await();
                    return api.post(MRDS, JsonBody.of("name", name));
                }));
            }
            start.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> post : posts) {
                answers.add(data.track(post.get(2, TimeUnit.MINUTES))); // every creation tracked before any assertion
            }
            assertEquals(1, answers.stream().filter(r -> r.status() == 201).count(), () -> "one creation takes the last place: " + answers);
            for (ApiResponse r : answers) {
                if (r.status() != 201) {
                    assertEquals(409, r.status(), r::toString);
                    assertEquals("limitExceeded", r.code(), r::toString);
                }
            }
            assertEquals(20, total(MRDS));
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }
    }

    // --- search and filters ----------------------------------------------------------------------------

    @Test
    void searchMatchesNameIgnoringCase() {
        String tag = Unique.suffix();
        JsonObject mrd = data.mediaRoutingDomain("Find_" + tag);
        assertEquals(List.of(id(mrd)), ids(MRDS + "?q=fIND_" + tag.toUpperCase()));
    }

    @Test
    void searchMatchesDescriptionIgnoringCase() {
        String tag = Unique.suffix();
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("Desc"), "description", "Handles E-Mail for " + tag);
        assertEquals(List.of(id(mrd)), ids(MRDS + "?q=" + ("e-mail FOR " + tag.toLowerCase()).replace(" ", "%20")));
    }

    @Test
    void searchMatchesId() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("ById"));
        assertTrue(ids(MRDS + "?q=" + id(mrd)).contains(id(mrd)));
    }

    @Test
    void percentInSearchIsLiteral() {
        String tag = Unique.suffix();
        JsonObject literal = data.mediaRoutingDomain(Unique.name("Pct"), "description", "rate 5%" + tag);
        data.mediaRoutingDomain(Unique.name("Pct"), "description", "rate 5x" + tag);
        assertEquals(List.of(id(literal)), ids(MRDS + "?q=5%25" + tag));
    }

    @Test
    void underscoreInSearchIsLiteral() {
        String tag = Unique.suffix();
        JsonObject literal = data.mediaRoutingDomain("U" + tag + "_1");
        data.mediaRoutingDomain("U" + tag + "x1");
        assertEquals(List.of(id(literal)), ids(MRDS + "?q=" + tag + "_1"));
    }

    @Test
    void backslashInSearchIsLiteral() {
        String tag = Unique.suffix();
        JsonObject literal = data.mediaRoutingDomain(Unique.name("Bs"), "description", "path a\\" + tag);
        data.mediaRoutingDomain(Unique.name("Bs"), "description", "path a" + tag);
        assertEquals(List.of(id(literal)), ids(MRDS + "?q=a%5C" + tag));
    }

    @Test
    void nonVoiceOnlyLeavesOutTheVoiceDomain() {
        JsonObject mrd = data.mediaRoutingDomain(Unique.name("NonVoice"));
        JsonObject page = ok(api.get(MRDS + "?nonVoiceOnly=true&size=500"));
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.stream().allMatch(i -> i.getString("type").equals("multichannel")), page::toString);
        assertTrue(items.stream().anyMatch(i -> id(i) == id(mrd)), page::toString);
    }

    @Test
    void typeVoiceListsOnlyTheVoiceDomain() {
        data.mediaRoutingDomain(Unique.name("NotVoice"));
        JsonObject page = ok(api.get(MRDS + "?type=voice"));
        assertEquals(1, page.getJsonNumber("total").longValue(), page::toString);
        assertEquals(VOICE_ID, id(page.getJsonArray("items").getJsonObject(0)));
    }

    @ParameterizedTest
    @CsvSource({"type, chat", "nonVoiceOnly, maybe"})
    void badFilterValueIsRefusedNamingIt(String parameter, String value) {
        ApiResponse r = api.get(MRDS + "?" + parameter + "=" + value);
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of(parameter), r.errorFields(), r::toString);
    }

    // --- sorting ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "name, asc", "name, desc", "description, asc", "description, desc", "id, asc", "id, desc",
            "taskLife, asc", "taskLife, desc", "taskStartTimeout, desc", "maxTaskDuration, asc",
            "serviceLevelThreshold, desc", "maxTasksInQueue, asc", "maxTimeInQueue, desc",
            "interruptible, asc", "interruptible, desc"})
    void listSortsByTheRequestedField(String field, String direction) {
        String tag = Unique.suffix();
        // Creation order differs from the order of every field, so an id order would not pass by accident.
        List<JsonObject> created = List.of(
                sortable(tag, "c", "charlie", 300, 20, 3000, 5, false, 700, 90),
                sortable(tag, "a", "alpha", 100, 30, 1000, 9, true, 900, 70),
                sortable(tag, "b", "bravo", 200, 10, 2000, 7, true, 800, 80));
        Comparator<JsonObject> order = Comparator.comparing((JsonObject o) -> o.get(field), MediaRoutingDomainApiIT::compare)
                .thenComparing(MediaRoutingDomainApiIT::id);
        if (direction.equals("desc")) {
            order = order.reversed();
        }
        List<Long> expected = created.stream().sorted(order).map(MediaRoutingDomainApiIT::id).toList();
        assertEquals(expected, ids(MRDS + "?q=" + tag + "&sort=" + field + "," + direction));
    }

    private JsonObject sortable(String tag, String letter, String description, int taskLife, int taskStartTimeout,
            int maxTaskDuration, int serviceLevelThreshold, boolean interruptible, int maxTasksInQueue, int maxTimeInQueue) {
        return data.mediaRoutingDomain("Sort_" + tag + "_" + letter, "description", description + " " + tag,
                "taskLife", taskLife, "taskStartTimeout", taskStartTimeout, "maxTaskDuration", maxTaskDuration,
                "serviceLevelThreshold", serviceLevelThreshold, "interruptible", interruptible,
                "maxTasksInQueue", maxTasksInQueue, "maxTimeInQueue", maxTimeInQueue);
    }

    private static int compare(JsonValue a, JsonValue b) {
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.bigDecimalValue().compareTo(y.bigDecimalValue());
        }
        if (a.getValueType() == JsonValue.ValueType.STRING) {
            return a.toString().compareTo(b.toString());
        }
        return Boolean.compare(a == JsonValue.TRUE, b == JsonValue.TRUE);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private long total(String collection) {
        return ok(api.get(collection + "?size=1")).getJsonNumber("total").longValue();
    }

    private List<Long> ids(String query) {
        return ok(api.get(query)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(MediaRoutingDomainApiIT::id).toList();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
