package org.ccadmin.it;

import static org.ccadmin.it.TestData.BUCKET_INTERVALS;
import static org.ccadmin.it.TestData.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
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

/**
 * Bucket intervals over REST: the read-only built-in interval, the upper-bounds rule (1 to 9 strictly
 * increasing seconds, no gaps), bounds fixed after creation, optimistic concurrency and deletion.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BucketIntervalApiIT {

    private static final long BUILT_IN_ID = 1;

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

    // --- the built-in interval -------------------------------------------------------------------------

    @Test
    void builtInIntervalExists() {
        JsonObject builtIn = ok(api.get(item(BUCKET_INTERVALS, BUILT_IN_ID)));
        assertEquals("BuiltIn", builtIn.getString("name"));
        assertTrue(builtIn.getBoolean("builtIn"));
        assertFalse(builtIn.getJsonArray("upperBounds").isEmpty());
    }

    @Test
    void builtInIntervalCannotBeUpdated() {
        JsonObject current = ok(api.get(item(BUCKET_INTERVALS, BUILT_IN_ID)));
        ApiResponse r = api.put(item(BUCKET_INTERVALS, BUILT_IN_ID),
                JsonBody.of("description", "changed", "changeStamp", stamp(current)));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.builtIn", r.code());
        assertEquals(current, ok(api.get(item(BUCKET_INTERVALS, BUILT_IN_ID))));
    }

    @Test
    void builtInIntervalCannotBeDeleted() {
        JsonObject current = ok(api.get(item(BUCKET_INTERVALS, BUILT_IN_ID)));
        ApiResponse r = api.delete(item(BUCKET_INTERVALS, BUILT_IN_ID) + "?changeStamp=" + stamp(current));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.builtIn", r.code());
        assertEquals(200, api.get(item(BUCKET_INTERVALS, BUILT_IN_ID)).status());
    }

    // --- create ----------------------------------------------------------------------------------------

    @Test
    void intervalWithOneBoundIsCreated() {
        String name = Unique.name("One");
        ApiResponse r = data.track(api.post(BUCKET_INTERVALS, JsonBody.of("name", name, "upperBounds", List.of(20))));
        assertEquals(201, r.status(), r::toString);
        assertEquals("\"0\"", r.etag());
        assertEquals(name, r.json().getString("name"));
        assertFalse(r.json().getBoolean("builtIn"));
        assertEquals(List.of(20), bounds(r.json()));
        assertEquals(r.json(), ok(api.get(r.location())));
    }

    @Test
    void intervalWithNineBoundsIsCreated() {
        List<Integer> nine = List.of(5, 10, 15, 30, 60, 120, 300, 600, 3600);
        JsonObject created = data.bucketInterval(Unique.name("Nine"), nine, "description", "all nine");
        assertEquals(nine, bounds(created));
        assertEquals(nine, bounds(ok(api.get(item(BUCKET_INTERVALS, created)))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "[1,2,3,4,5,6,7,8,9,10] | upperBounds",
            "[]                     | upperBounds",
            "null                   | upperBounds",
            "[0]                    | upperBound1",
            "[-5]                   | upperBound1",
            "[10,20,-1]             | upperBound3",
            "[10,10]                | upperBound2",
            "[30,20]                | upperBound2",
            "[10,20,30,25]          | upperBound4",
            "[10,null,30]           | upperBound2",
            "[null,20]              | upperBound1"})
    void invalidBoundsAreRefusedNamingTheBound(String bounds, String field) {
        String body = "{\"name\":\"" + Unique.name("Bad") + "\",\"upperBounds\":" + bounds + "}";
        ApiResponse r = data.track(api.post(BUCKET_INTERVALS, body));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of(field), r.errorFields(), r::toString);
    }

    @Test
    void missingBoundsAreRefused() {
        ApiResponse r = data.track(api.post(BUCKET_INTERVALS, JsonBody.of("name", Unique.name("NoBounds"))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("upperBounds"), r.errorFields(), r::toString);
    }

    @Test
    void boundsOfWrongTypeAreRefused() {
        ApiResponse r = data.track(api.post(BUCKET_INTERVALS, JsonBody.of("name", Unique.name("Str"), "upperBounds", "10,20")));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("upperBounds"), r.errorFields(), r::toString);
        assertEquals("invalidInput.wrongType", r.errorCode("upperBounds").orElse(null));
    }

    @Test
    void invalidNameAndBoundsAreReportedTogether() {
        ApiResponse r = data.track(api.post(BUCKET_INTERVALS, JsonBody.of("name", "bad name", "upperBounds", List.of(0))));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("name", "upperBound1"), r.errorFields().stream().sorted().toList(), r::toString);
    }

    @Test
    void duplicateNameInOtherLetterCaseIsAConflict() {
        String name = Unique.name("DupBi");
        data.bucketInterval(name, List.of(10));
        ApiResponse r = data.track(api.post(BUCKET_INTERVALS, JsonBody.of("name", name.toLowerCase(), "upperBounds", List.of(10))));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.duplicateName", r.code());
        assertEquals(List.of("name"), r.errorFields(), r::toString);
    }

    // --- update ----------------------------------------------------------------------------------------

    @Test
    void updateChangesNameAndDescription() {
        JsonObject created = data.bucketInterval(Unique.name("Old"), List.of(10, 20), "description", "old text");
        String renamed = Unique.name("New");
        ApiResponse r = api.put(item(BUCKET_INTERVALS, created),
                JsonBody.of("name", renamed, "description", "new text", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals("\"1\"", r.etag());
        JsonObject read = ok(api.get(item(BUCKET_INTERVALS, created)));
        assertEquals(renamed, read.getString("name"));
        assertEquals("new text", read.getString("description"));
        assertEquals(List.of(10, 20), bounds(read));
        assertEquals(1, stamp(read));
    }

    @Test
    void updateKeepsTheNameWhenOnlyTheDescriptionIsSent() {
        String name = Unique.name("Keep");
        JsonObject created = data.bucketInterval(name, List.of(10));
        ApiResponse r = api.put(item(BUCKET_INTERVALS, created), JsonBody.of("description", "more", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(name, r.json().getString("name"));
        assertEquals("more", r.json().getString("description"));
    }

    @Test
    void changingTheBoundsIsRefusedAsImmutable() {
        JsonObject created = data.bucketInterval(Unique.name("Fixed"), List.of(10, 20, 30));
        ApiResponse r = api.put(item(BUCKET_INTERVALS, created),
                JsonBody.of("upperBounds", List.of(10, 20, 40), "description", "x", "changeStamp", 0));
        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("upperBounds"), r.errorFields(), r::toString);
        assertEquals("invalidInput.immutable", r.errorCode("upperBounds").orElse(null));
        assertEquals(created, ok(api.get(item(BUCKET_INTERVALS, created))));
    }

    @Test
    void repeatingTheSameBoundsIsAccepted() {
        JsonObject created = data.bucketInterval(Unique.name("Repeat"), List.of(10, 20, 30));
        ApiResponse r = api.put(item(BUCKET_INTERVALS, created),
                JsonBody.of("upperBounds", List.of(10, 20, 30), "description", "same bounds", "changeStamp", 0));
        assertEquals(200, r.status(), r::toString);
        assertEquals(List.of(10, 20, 30), bounds(r.json()));
    }

    @Test
    void sendingBackWhatWasReadIsAccepted() {
        JsonObject created = data.bucketInterval(Unique.name("RoundTrip"), List.of(5, 50));
        ApiResponse r = api.put(item(BUCKET_INTERVALS, created), created.toString());
        assertEquals(200, r.status(), r::toString);
    }

    @Test
    void staleChangeStampIsRefusedWithConflict() {
        JsonObject created = data.bucketInterval(Unique.name("Stale"), List.of(10));
        assertEquals(200, api.put(item(BUCKET_INTERVALS, created), JsonBody.of("description", "first", "changeStamp", 0)).status());
        ApiResponse r = api.put(item(BUCKET_INTERVALS, created), JsonBody.of("description", "second", "changeStamp", 0));
        assertEquals(409, r.status(), r::toString);
        assertEquals("conflict.staleChangeStamp", r.code());
        assertEquals("first", ok(api.get(item(BUCKET_INTERVALS, created))).getString("description"));
    }

    @Test
    void staleIfMatchIsRefusedWithPreconditionFailed() {
        JsonObject created = data.bucketInterval(Unique.name("StaleTag"), List.of(10));
        assertEquals(200, api.put(item(BUCKET_INTERVALS, created), JsonBody.of("description", "first", "changeStamp", 0)).status());
        ApiResponse r = api.request("PUT", item(BUCKET_INTERVALS, created)).header("If-Match", "\"0\"")
                .json(JsonBody.of("description", "second")).send();
        assertEquals(412, r.status(), r::toString);
    }

    @Test
    void updateWithoutChangeStampIsRefusedWithPreconditionRequired() {
        JsonObject created = data.bucketInterval(Unique.name("NoStamp"), List.of(10));
        ApiResponse r = api.put(item(BUCKET_INTERVALS, created), JsonBody.of("description", "blind write"));
        assertEquals(428, r.status(), r::toString);
        assertEquals("changeStampRequired", r.code());
    }

    // --- delete ----------------------------------------------------------------------------------------

    @Test
    void deleteRemovesTheInterval() {
        JsonObject created = data.bucketInterval(Unique.name("Gone"), List.of(10));
        ApiResponse r = api.delete(item(BUCKET_INTERVALS, created) + "?changeStamp=0");
        assertEquals(204, r.status(), r::toString);
        ApiResponse read = api.get(item(BUCKET_INTERVALS, created));
        assertEquals(404, read.status(), read::toString);
        assertEquals("notFound", read.code());
    }

    @Test
    void deleteWithoutChangeStampIsRefusedWithPreconditionRequired() {
        JsonObject created = data.bucketInterval(Unique.name("BlindDel"), List.of(10));
        assertEquals(428, api.delete(item(BUCKET_INTERVALS, created)).status());
        assertEquals(200, api.get(item(BUCKET_INTERVALS, created)).status());
    }

    @Test
    void deleteWithStaleChangeStampIsRefused() {
        JsonObject created = data.bucketInterval(Unique.name("StaleDel"), List.of(10));
        assertEquals(200, api.put(item(BUCKET_INTERVALS, created), JsonBody.of("description", "first", "changeStamp", 0)).status());
        ApiResponse r = api.delete(item(BUCKET_INTERVALS, created) + "?changeStamp=0");
        assertEquals(409, r.status(), r::toString);
        assertEquals(200, api.get(item(BUCKET_INTERVALS, created)).status());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static List<Integer> bounds(JsonObject interval) {
        return interval.getJsonArray("upperBounds").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList();
    }

    private static long stamp(JsonObject o) {
        return o.getJsonNumber("changeStamp").longValue();
    }

    private static JsonObject ok(ApiResponse r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }
}
