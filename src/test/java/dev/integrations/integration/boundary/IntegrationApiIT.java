package dev.integrations.integration.boundary;

import static dev.integrations.TestJson.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.TestJson;
import dev.integrations.testing.Api;
import dev.integrations.testing.Deployments;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The resource over HTTP, on Payara Micro, as a FusionAuth client or curl script uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrationApiIT {

    static final String KEY = "arquillian-test-key-0123456789abcdef";

    private static final String KAFKA_ON =
            "{'integrations': {'kafka': {'enabled': true, 'defaultTopic': 'events'}}}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource URL base;

    private Api api;

    @BeforeEach
    void startFromAKnownDocument() throws Exception {
        api = new Api(base.toURI(), KEY);
        assertEquals(200, api.put(KAFKA_ON).statusCode());
    }

    private JsonObject kafka() {
        return api.document().getJsonObject("integrations").getJsonObject("kafka");
    }

    @Test
    void getAnswersTheWholeDocumentAndIsNeverCached() {
        HttpResponse<String> response = api.get();

        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/json"));
        assertEquals(
                json(
                        "{'integrations': {'cleanspeak': {'enabled': false, 'usernameModeration':"
                            + " {'enabled': false}}, 'kafka': {'defaultTopic': 'events', 'enabled':"
                            + " true, 'producer': {'bootstrap.servers': 'localhost:9092',"
                            + " 'max.block.ms': '5000', 'request.timeout.ms': '2000'}}, 'twilio':"
                            + " {'enabled': false, 'url': 'https://api.twilio.com'}}}"),
                TestJson.json(response.body()));
    }

    @Test
    void putReplacesTheWholeDocumentAndAnswersWhatItStored() {
        HttpResponse<String> response =
                api.put(
                        "{'integrations': {'cleanspeak': {'enabled': true, 'url': ' http://cs:8001"
                            + " ', 'apiKey': 'cs-key', 'applicationIds':"
                            + " ['27a7e845-79ec-4b24-a36d-66a224055395']}, 'twilio': {'enabled':"
                            + " true, 'accountSID': 'sid', 'authToken': 'token'}, 'unknown': 1}}");

        assertEquals(200, response.statusCode());
        JsonObject stored = api.document();
        assertEquals(TestJson.json(response.body()), stored);
        assertEquals(
                json(
                        "{'apiKey': 'cs-key', 'enabled': true, 'url': 'http://cs:8001',"
                                + " 'usernameModeration': {'enabled': false}}"),
                stored.getValue("/integrations/cleanspeak"));
        assertFalse(
                kafka().getBoolean("enabled"), "PUT does not merge: kafka is back to its defaults");
        assertEquals(
                "token",
                stored.getValue("/integrations/twilio/authToken").toString().replace("\"", ""));
        assertFalse(stored.getJsonObject("integrations").containsKey("unknown"));
    }

    @Test
    void patchWithApplicationJsonMergesFusionAuthStyle() {
        HttpResponse<String> response =
                api.patch(
                        "application/json",
                        "{'integrations': {'kafka': {'defaultTopic': 'renamed', 'producer':"
                                + " {'linger.ms': '5'}}}}");

        assertEquals(200, response.statusCode());
        assertEquals("renamed", kafka().getString("defaultTopic"));
        assertEquals("5", kafka().getJsonObject("producer").getString("linger.ms"));
        assertEquals(
                "localhost:9092", kafka().getJsonObject("producer").getString("bootstrap.servers"));
    }

    @Test
    void patchWithMergePatchRemovesNullMembers() {
        api.patch(
                "application/json",
                "{'integrations': {'kafka': {'producer': {'linger.ms': '5'}}}}");

        HttpResponse<String> response =
                api.patch(
                        "application/merge-patch+json",
                        "{'integrations': {'kafka': {'enabled': false, 'producer': {'linger.ms':"
                                + " null}}}}");

        assertEquals(200, response.statusCode());
        assertFalse(kafka().getBoolean("enabled"));
        assertFalse(kafka().getJsonObject("producer").containsKey("linger.ms"));
    }

    @Test
    void patchWithJsonPatchAddressesPathsFromTheEnvelope() {
        HttpResponse<String> response =
                api.patch(
                        "application/json-patch+json",
                        "[{'op': 'test', 'path': '/integrations/kafka/defaultTopic', 'value':"
                            + " 'events'}, {'op': 'replace', 'path':"
                            + " '/integrations/kafka/defaultTopic', 'value': 'other'}, {'op':"
                            + " 'add', 'path': '/integrations/kafka/producer/linger.ms', 'value':"
                            + " '7'}]");

        assertEquals(200, response.statusCode());
        assertEquals("other", kafka().getString("defaultTopic"));
        assertEquals("7", kafka().getJsonObject("producer").getString("linger.ms"));
    }

    @Test
    void postWithAMethodOverrideHeaderIsAPatch() {
        for (String header : List.of("X-HTTP-Method-Override", "X-Method-Override")) {
            HttpResponse<String> response =
                    Api.send(
                            api.request("api/integration")
                                    .header(header, "PATCH")
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            BodyPublishers.ofString(
                                                    "{\"integrations\": {\"kafka\":"
                                                            + " {\"defaultTopic\": \""
                                                            + header
                                                            + "\"}}}")));

            assertEquals(200, response.statusCode(), header);
            assertEquals(header, kafka().getString("defaultTopic"));
        }
    }

    @Test
    void postWithoutOverrideIsNotAllowed() {
        HttpResponse<String> response =
                Api.send(
                        api.request("api/integration")
                                .header("Content-Type", "application/json")
                                .POST(BodyPublishers.ofString("{}")));

        assertEquals(405, response.statusCode());
        assertEquals("", response.body());
    }

    /** One bad request of SPEC section 6, and the error it must be answered with. */
    private record BadRequest(
            String name, Supplier<HttpResponse<String>> send, int status, String code) {}

    @Test
    void everyBadRequestIsAnsweredWithItsErrorAndChangesNothing() {
        JsonObject before = api.document();
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String big = "{'integrations': {}, 'padding': '" + "x".repeat(1 << 20) + "'}";
        List<BadRequest> cases =
                List.of(
                        new BadRequest(
                                "no envelope",
                                () -> api.put("{'integration': {}}"),
                                400,
                                "[missing]integrations"),
                        new BadRequest(
                                "envelope null",
                                () -> api.put("{'integrations': null}"),
                                400,
                                "[missing]integrations"),
                        new BadRequest(
                                "CleanSpeak without URL",
                                () ->
                                        api.put(
                                                "{'integrations': {'cleanspeak': {'enabled':"
                                                        + " true}}}"),
                                400,
                                "[missing]integrations.cleanspeak.url"),
                        new BadRequest(
                                "CleanSpeak URL not http",
                                () ->
                                        api.put(
                                                "{'integrations': {'cleanspeak': {'url':"
                                                        + " 'mailto:a@b.c'}}}"),
                                400,
                                "[invalid]integrations.cleanspeak.url"),
                        new BadRequest(
                                "moderation without application",
                                () ->
                                        api.put(
                                                "{'integrations': {'cleanspeak': {'url':"
                                                        + " 'http://cs', 'usernameModeration':"
                                                        + " {'enabled': true}}}}"),
                                400,
                                "[missing]integrations.cleanspeak.usernameModeration.applicationId"),
                        new BadRequest(
                                "Kafka without topic",
                                () ->
                                        api.patch(
                                                "application/json",
                                                "{'integrations': {'kafka': {'defaultTopic':"
                                                        + " null}}}"),
                                400,
                                "[missing]integrations.kafka.defaultTopic"),
                        new BadRequest(
                                "Twilio without account SID",
                                () ->
                                        api.put(
                                                "{'integrations': {'twilio': {'enabled': true,"
                                                        + " 'authToken': 't'}}}"),
                                400,
                                "[missing]integrations.twilio.accountSID"),
                        new BadRequest(
                                "Twilio without auth token",
                                () ->
                                        api.put(
                                                "{'integrations': {'twilio': {'enabled': true,"
                                                        + " 'accountSID': 's'}}}"),
                                400,
                                "[missing]integrations.twilio.authToken"),
                        new BadRequest(
                                "string for a boolean",
                                () -> api.put("{'integrations': {'kafka': {'enabled': 'true'}}}"),
                                400,
                                "[invalidJSON]integrations.kafka.enabled"),
                        new BadRequest(
                                "number in producer",
                                () ->
                                        api.patch(
                                                "application/merge-patch+json",
                                                "{'integrations': {'kafka': {'producer': {'acks':"
                                                        + " 1}}}}"),
                                400,
                                "[invalidJSON]integrations.kafka.producer.acks"),
                        new BadRequest(
                                "malformed UUID",
                                () ->
                                        api.put(
                                                "{'integrations': {'cleanspeak':"
                                                    + " {'usernameModeration': {'applicationId':"
                                                    + " '123'}}}}"),
                                400,
                                "[invalidJSON]integrations.cleanspeak.usernameModeration.applicationId"),
                        new BadRequest(
                                "malformed URL",
                                () ->
                                        api.put(
                                                "{'integrations': {'twilio': {'url': 'http://a"
                                                        + " b'}}}"),
                                400,
                                "[invalidJSON]integrations.twilio.url"),
                        new BadRequest(
                                "not JSON", () -> api.put("integrations"), 400, "[invalidJSON]"),
                        new BadRequest("two values", () -> api.put("{} {}"), 400, "[invalidJSON]"),
                        new BadRequest("not an object", () -> api.put("[]"), 400, "[invalidJSON]"),
                        new BadRequest("deeply nested", () -> api.put(deep), 400, "[invalidJSON]"),
                        new BadRequest("over 1 MiB", () -> api.put(big), 413, "[TooLarge]"),
                        new BadRequest(
                                "no Content-Type",
                                this::putWithoutContentType,
                                400,
                                "[MissingContentType]"),
                        new BadRequest(
                                "malformed Content-Type",
                                () -> api.put("json", "{}"),
                                400,
                                "[InvalidContentType]"),
                        new BadRequest(
                                "unsupported Content-Type",
                                () -> api.put("text/plain", "{}"),
                                400,
                                "[UnsupportedContentType]"),
                        new BadRequest(
                                "patch format on PUT",
                                () -> api.put("application/merge-patch+json", "{}"),
                                400,
                                "[UnsupportedContentType]"),
                        new BadRequest(
                                "unsupported PATCH Content-Type",
                                () -> api.patch("application/xml", "<a/>"),
                                400,
                                "[UnsupportedContentType]"),
                        new BadRequest(
                                "failing JSON Patch test",
                                () ->
                                        api.patch(
                                                "application/json-patch+json",
                                                "[{'op': 'replace', 'path':"
                                                        + " '/integrations/kafka/defaultTopic',"
                                                        + " 'value': 'x'}, {'op': 'test', 'path':"
                                                        + " '/integrations/kafka/enabled', 'value':"
                                                        + " false}]"),
                                400,
                                "[JSONPatchTestFailed]"),
                        new BadRequest(
                                "JSON Patch on a missing path",
                                () ->
                                        api.patch(
                                                "application/json-patch+json",
                                                "[{'op': 'replace', 'path':"
                                                        + " '/integrations/nothing/here', 'value':"
                                                        + " 1}]"),
                                400,
                                "[invalidJSON]"),
                        new BadRequest(
                                "unknown JSON Patch op",
                                () ->
                                        api.patch(
                                                "application/json-patch+json",
                                                "[{'op': 'move-it', 'path': '/a'}]"),
                                400,
                                "[invalidJSON]"),
                        new BadRequest(
                                "JSON Patch that is not an array",
                                () -> api.patch("application/json-patch+json", "{'op': 'add'}"),
                                400,
                                "[invalidJSON]"));

        assertAll(
                cases.stream()
                        .map(
                                bad ->
                                        () -> {
                                            HttpResponse<String> response = bad.send().get();
                                            assertEquals(
                                                    bad.status(),
                                                    response.statusCode(),
                                                    bad.name());
                                            assertTrue(
                                                    TestJson.errorCodes(response.body())
                                                            .contains(bad.code()),
                                                    bad.name() + ": " + response.body());
                                            assertEquals(
                                                    before,
                                                    api.document(),
                                                    bad.name() + " changed the document");
                                        }));
    }

    private HttpResponse<String> putWithoutContentType() {
        return Api.send(api.request("api/integration").PUT(BodyPublishers.ofString("{}")));
    }

    @Test
    void allFieldErrorsOfOneRequestAreReportedTogether() {
        HttpResponse<String> response =
                api.put(
                        "{'integrations': {'cleanspeak': {'enabled': true}, 'kafka': {'enabled':"
                                + " true}, 'twilio': {'enabled': 'yes'}}}");

        assertEquals(400, response.statusCode());
        assertEquals(
                List.of(
                        "[invalidJSON]integrations.twilio.enabled",
                        "[missing]integrations.cleanspeak.url",
                        "[missing]integrations.kafka.defaultTopic"),
                TestJson.errorCodes(response.body()));
        JsonObject field =
                TestJson.json(response.body()).asJsonObject().getJsonObject("fieldErrors");
        assertEquals(
                "You must specify the [integrations.kafka.defaultTopic] property when Kafka is"
                        + " enabled.",
                field.getJsonArray("integrations.kafka.defaultTopic")
                        .getJsonObject(0)
                        .getString("message"));
    }

    @Test
    void requestsWithoutAValidGlobalKeyGetAnEmpty401() throws Exception {
        URI uri = base.toURI();
        List<HttpResponse<String>> refused =
                List.of(
                        new Api(uri, null).get(),
                        new Api(uri, "not-a-key").get(),
                        new Api(uri, "Bearer " + KEY).get(),
                        new Api(uri, "not-a-key").put(KAFKA_ON),
                        Api.send(
                                api.request("api/integration")
                                        .header(
                                                "X-FusionAuth-TenantId",
                                                "30663132-6464-6665-3032-326466613934")),
                        new Api(uri, null).patch("text/plain", "garbage"),
                        new Api(uri, null).put("json", "{}"));

        for (HttpResponse<String> response : refused) {
            assertEquals(401, response.statusCode(), response.request().toString());
            assertEquals("", response.body());
        }
    }

    @Test
    void anUnexpectedFailureIsAnEmpty500WithAnErrorId() {
        HttpResponse<String> response = Api.send(api.request("api/exploding"));

        assertEquals(500, response.statusCode());
        assertEquals("", response.body());
        assertTrue(
                response.headers().firstValue("X-Error-Id").orElse("").matches("[0-9a-f-]{36}"),
                response.headers().toString());
    }

    @Test
    void everyAnswerCarriesAnETagThatIfMatchChecks() {
        String etag = api.get().headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> changed =
                Api.send(
                        api.request("api/integration")
                                .header("Content-Type", "application/json")
                                .header("If-Match", etag)
                                .method(
                                        "PATCH",
                                        BodyPublishers.ofString(
                                                "{\"integrations\": {\"kafka\": {\"defaultTopic\":"
                                                        + " \"matched\"}}}")));
        assertEquals(200, changed.statusCode(), changed.body());
        String newEtag = changed.headers().firstValue("ETag").orElseThrow();
        assertFalse(newEtag.equals(etag));
        assertEquals(newEtag, api.get().headers().firstValue("ETag").orElseThrow());

        for (String stale : List.of(etag, "W/" + newEtag, "\"no-such-version\"")) {
            HttpResponse<String> refused =
                    Api.send(
                            api.request("api/integration")
                                    .header("Content-Type", "application/json")
                                    .header("If-Match", stale)
                                    .PUT(BodyPublishers.ofString("{\"integrations\": {}}")));
            assertEquals(412, refused.statusCode(), stale);
            assertEquals(List.of("[PreconditionFailed]"), TestJson.errorCodes(refused.body()));
        }
        assertEquals("matched", kafka().getString("defaultTopic"), "nothing changed after a 412");
        assertEquals(
                200,
                Api.send(
                                api.request("api/integration")
                                        .header("Content-Type", "application/json")
                                        .header("If-Match", "*")
                                        .PUT(BodyPublishers.ofString("{\"integrations\": {}}")))
                        .statusCode());
    }

    @Test
    void healthSaysLiveAndReadyWithTheDatabase() {
        for (String path : List.of("health/live", "health/ready")) {
            HttpResponse<String> health = Api.send(api.request(path));

            assertEquals(200, health.statusCode(), path + ": " + health.body());
            JsonObject status = TestJson.json(health.body()).asJsonObject();
            assertEquals("UP", status.getString("status"), path);
        }
        assertTrue(Api.send(api.request("health/ready")).body().contains("\"database\""));
    }

    @Test
    void anUnknownEndpointIsAnEmpty404() {
        HttpResponse<String> response = Api.send(api.request("api/nothing-here"));

        assertEquals(404, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void answersAreSentWithTheirLength() {
        HttpResponse<String> document = api.get();
        HttpResponse<String> rejected =
                api.patch(
                        "application/merge-patch+json",
                        "{'integrations': {'kafka': {'enabled': 'no'}}}");

        assertEquals(400, rejected.statusCode());
        for (HttpResponse<String> answer : List.of(document, rejected)) {
            assertEquals(
                    Optional.of(String.valueOf(answer.body().getBytes(UTF_8).length)),
                    answer.headers().firstValue("Content-Length"));
            assertEquals(Optional.empty(), answer.headers().firstValue("Transfer-Encoding"));
        }
    }

    @Test
    void concurrentPatchesLoseNothing() throws Exception {
        int patches = 24;
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < patches; i++) {
            bodies.add(
                    "{'integrations': {'kafka': {'producer': {'client."
                            + i
                            + "': 'v"
                            + i
                            + "'}}}}");
        }

        for (HttpResponse<String> answer : patchedTogether("application/json", bodies)) {
            assertEquals(200, answer.statusCode());
        }

        JsonObject producer = kafka().getJsonObject("producer");
        for (int i = 0; i < patches; i++) {
            assertEquals("v" + i, producer.getString("client." + i, null), "entry " + i);
        }
    }

    @Test
    void concurrentChangesAreEachAnsweredOnTheirOwn() throws Exception {
        int patches = 24;
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < patches; i++) {
            bodies.add(
                    i % 6 == 5
                            ? "{'integrations': {'kafka': {'enabled': 'no'}}}"
                            : "{'integrations': {'kafka': {'producer': {'own." + i + "': 'v'}}}}");
        }

        List<HttpResponse<String>> answers =
                patchedTogether("application/merge-patch+json", bodies);

        Set<String> tags = new HashSet<>();
        for (int i = 0; i < patches; i++) {
            HttpResponse<String> answer = answers.get(i);
            if (i % 6 == 5) {
                assertEquals(400, answer.statusCode(), "patch " + i);
                assertTrue(answer.body().contains("[invalidJSON]integrations.kafka.enabled"));
            } else {
                assertEquals(200, answer.statusCode(), "patch " + i);
                assertTrue(answer.body().contains("\"own." + i + "\":\"v\""), "patch " + i);
                tags.add(answer.headers().firstValue("ETag").orElseThrow());
            }
        }
        assertEquals(20, tags.size(), "each change answered with a version of its own: " + tags);
        HttpResponse<String> stored = api.get();
        assertTrue(tags.contains(stored.headers().firstValue("ETag").orElseThrow()));
        JsonObject producer = kafka().getJsonObject("producer");
        for (int i = 0; i < patches; i++) {
            assertEquals(i % 6 == 5 ? null : "v", producer.getString("own." + i, null), "" + i);
        }
    }

    /** The answers to PATCHes of these bodies, sent at the same moment, one thread each. */
    private List<HttpResponse<String>> patchedTogether(String contentType, List<String> bodies)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
            for (String body : bodies) {
                pending.add(
                        CompletableFuture.supplyAsync(
                                () -> {
                                    awaitQuietly(start);
                                    return api.patch(contentType, body);
                                },
                                pool));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
