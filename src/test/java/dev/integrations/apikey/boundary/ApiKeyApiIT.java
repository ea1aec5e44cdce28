package dev.integrations.apikey.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.TestJson;
import dev.integrations.apikey.control.ApiKeyStore;
import dev.integrations.apikey.control.Authentication;
import dev.integrations.apikey.control.KeyDigest;
import dev.integrations.http.boundary.ErrorsException;
import dev.integrations.testing.Api;
import dev.integrations.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API Key API and the permission check, over HTTP and in the container. */
@ExtendWith(ArquillianExtension.class)
class ApiKeyApiIT {

    static final String MANAGER_KEY = "arquillian-test-key-0123456789abcdef";

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource URL base;

    @Inject ApiKeyStore keys;

    @Inject Authentication authentication;

    @PersistenceContext(unitName = "integrations")
    EntityManager em;

    private Api as(String key) throws Exception {
        return new Api(base.toURI(), key);
    }

    private HttpResponse<String> send(String key, String method, String path, String body)
            throws Exception {
        var request = as(key).request(path);
        return Api.send(
                body == null
                        ? request.method(method, BodyPublishers.noBody())
                        : request.header("Content-Type", "application/json")
                                .method(method, BodyPublishers.ofString(body.replace('\'', '"'))));
    }

    /** Creates a key with {@code apiKey} members and answers its document, key value included. */
    private JsonObject create(String members) throws Exception {
        HttpResponse<String> created =
                send(MANAGER_KEY, "POST", "api/api-key", "{'apiKey': {" + members + "}}");
        assertEquals(200, created.statusCode(), created.body());
        return TestJson.json(created.body()).asJsonObject().getJsonObject("apiKey");
    }

    private static String codes(HttpResponse<String> response) {
        return String.join(" ", TestJson.errorCodes(response.body()));
    }

    @Test
    @RunAsClient
    void aCreatedKeyIsShownOnceAndThenOnlyDescribed() throws Exception {
        JsonObject created =
                create(
                        "'permissions': {'endpoints': {'/api/integration': ['GET']}}, 'metaData':"
                            + " {'attributes': {'description': 'monitoring'}}, 'name': 'probe'");

        assertTrue(created.getString("key").length() >= 32);
        assertFalse(created.getBoolean("keyManager"));
        HttpResponse<String> retrieved =
                send(MANAGER_KEY, "GET", "api/api-key/" + created.getString("id"), null);
        assertEquals(200, retrieved.statusCode());
        JsonObject described =
                TestJson.json(retrieved.body()).asJsonObject().getJsonObject("apiKey");
        assertFalse(described.containsKey("key"), "the key value is never shown again");
        assertEquals(created.getJsonObject("permissions"), described.getJsonObject("permissions"));
        assertEquals(
                "monitoring",
                described
                        .getValue("/metaData/attributes/description")
                        .toString()
                        .replace("\"", ""));
        assertEquals("probe", described.getString("name"));
        assertTrue(described.getJsonNumber("insertInstant").longValue() > 1_700_000_000_000L);
    }

    @Test
    @RunAsClient
    void aKeyCanBeCreatedWithAChosenIdAndValue() throws Exception {
        String id = UUID.randomUUID().toString();
        String value = "chosen-key-value-" + UUID.randomUUID();

        HttpResponse<String> created =
                send(
                        MANAGER_KEY,
                        "POST",
                        "api/api-key/" + id,
                        "{'apiKey': {'key': '" + value + "'}}");

        assertEquals(200, created.statusCode(), created.body());
        assertEquals(
                id,
                TestJson.json(created.body())
                        .asJsonObject()
                        .getValue("/apiKey/id")
                        .toString()
                        .replace("\"", ""));
        assertEquals(200, as(value).get().statusCode());
    }

    @Test
    @RunAsClient
    void aReadOnlyKeyMayGetButNotChange() throws Exception {
        String readOnly =
                create("'permissions': {'endpoints': {'/api/integration': ['GET']}}")
                        .getString("key");
        Api api = as(readOnly);

        assertEquals(200, api.get().statusCode());
        List<HttpResponse<String>> refused =
                List.of(
                        api.put("{'integrations': {}}"),
                        api.patch("application/json", "{'integrations': {}}"),
                        Api.send(
                                api.request("api/integration")
                                        .header("X-HTTP-Method-Override", "PATCH")
                                        .header("Content-Type", "application/json")
                                        .POST(BodyPublishers.ofString("{\"integrations\": {}}"))),
                        send(readOnly, "GET", "api/api-key/" + UUID.randomUUID(), null));
        for (HttpResponse<String> response : refused) {
            assertEquals(401, response.statusCode(), response.request().toString());
            assertEquals("", response.body());
        }
    }

    @Test
    @RunAsClient
    void aPatchOnlyKeyMayPatchThroughTheOverrideHeader() throws Exception {
        String patchOnly =
                create("'permissions': {'endpoints': {'/api/integration': ['PATCH']}}")
                        .getString("key");
        Api api = as(patchOnly);

        HttpResponse<String> patched =
                Api.send(
                        api.request("api/integration")
                                .header("X-HTTP-Method-Override", "PATCH")
                                .header("Content-Type", "application/json")
                                .POST(
                                        BodyPublishers.ofString(
                                                "{\"integrations\": {\"kafka\": {\"defaultTopic\":"
                                                        + " \"patched\"}}}")));

        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals(401, api.get().statusCode());
        assertEquals(401, api.put("{'integrations': {}}").statusCode());
    }

    @Test
    @RunAsClient
    void onlyAKeyManagerMayCallTheApiKeyApi() throws Exception {
        String unrestricted = create("'name': 'everything but keys'").getString("key");

        assertEquals(200, as(unrestricted).get().statusCode());
        assertEquals(401, send(unrestricted, "POST", "api/api-key", "{'apiKey': {}}").statusCode());
        assertEquals(
                401,
                send(unrestricted, "GET", "api/api-key/" + UUID.randomUUID(), null).statusCode());
    }

    @Test
    @RunAsClient
    void aDeletedKeyIsRefusedOnItsNextRequest() throws Exception {
        JsonObject created = create("'name': 'short-lived'");
        String path = "api/api-key/" + created.getString("id");
        assertEquals(200, as(created.getString("key")).get().statusCode());

        assertEquals(200, send(MANAGER_KEY, "DELETE", path, null).statusCode());

        assertEquals(401, as(created.getString("key")).get().statusCode());
        assertEquals(404, send(MANAGER_KEY, "GET", path, null).statusCode());
        assertEquals(404, send(MANAGER_KEY, "DELETE", path, null).statusCode());
    }

    @Test
    @RunAsClient
    void anExpiredKeyIsRefused() throws Exception {
        long expiration = System.currentTimeMillis() + 2_000;
        String expiring = create("'expirationInstant': " + expiration).getString("key");
        assertEquals(200, as(expiring).get().statusCode());

        Thread.sleep(Math.max(0, expiration - System.currentTimeMillis()) + 200);

        assertEquals(401, as(expiring).get().statusCode());
    }

    @Test
    @RunAsClient
    void putAndEveryPatchFormatChangeTheDescriptionButNeverTheValue() throws Exception {
        JsonObject created = create("'permissions': {'endpoints': {'/api/integration': ['GET']}}");
        String path = "api/api-key/" + created.getString("id");
        Api manager = as(MANAGER_KEY);

        HttpResponse<String> put =
                send(
                        MANAGER_KEY,
                        "PUT",
                        path,
                        "{'apiKey': {'permissions': {'endpoints': {'/api/integration': ['GET',"
                                + " 'PUT']}}}}");
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(200, as(created.getString("key")).put("{'integrations': {}}").statusCode());

        HttpResponse<String> merged =
                Api.send(
                        manager.request(path)
                                .header("Content-Type", "application/merge-patch+json")
                                .method(
                                        "PATCH",
                                        BodyPublishers.ofString(
                                                "{\"apiKey\": {\"name\": \"merged\"}}")));
        assertEquals(200, merged.statusCode(), merged.body());
        HttpResponse<String> patched =
                Api.send(
                        manager.request(path)
                                .header("Content-Type", "application/json-patch+json")
                                .method(
                                        "PATCH",
                                        BodyPublishers.ofString(
                                                "[{\"op\": \"replace\", \"path\":"
                                                    + " \"/apiKey/permissions/endpoints/~1api~1integration\","
                                                    + " \"value\": [\"GET\"]}]")));
        assertEquals(200, patched.statusCode(), patched.body());
        HttpResponse<String> fusionAuthStyle =
                Api.send(
                        manager.request(path)
                                .header("Content-Type", "application/json")
                                .method(
                                        "PATCH",
                                        BodyPublishers.ofString(
                                                "{\"apiKey\": {\"metaData\": {\"attributes\":"
                                                        + " {\"description\": \"d\"}}}}")));
        assertEquals(200, fusionAuthStyle.statusCode(), fusionAuthStyle.body());

        JsonObject stored =
                TestJson.json(fusionAuthStyle.body()).asJsonObject().getJsonObject("apiKey");
        assertEquals("merged", stored.getString("name"));
        assertEquals(
                TestJson.json("{'endpoints': {'/api/integration': ['GET']}}"),
                stored.getJsonObject("permissions"));
        assertFalse(stored.containsKey("key"));
        assertEquals(401, as(created.getString("key")).put("{'integrations': {}}").statusCode());
        assertEquals(200, as(created.getString("key")).get().statusCode());
    }

    @Test
    @RunAsClient
    void badKeysAreRejectedWithTheirErrorsAndNothingIsStored() throws Exception {
        String takenId = create("'name': 'taken'").getString("id");
        String id = UUID.randomUUID().toString();
        String longEnough = "a-key-value-that-is-long-enough-" + UUID.randomUUID();

        assertEquals(
                "[invalid]apiKey.key",
                codes(
                        send(
                                MANAGER_KEY,
                                "POST",
                                "api/api-key/" + id,
                                "{'apiKey': {'key': 'short'}}")));
        assertEquals(
                "[duplicate]apiKey.id",
                codes(send(MANAGER_KEY, "POST", "api/api-key/" + takenId, "{'apiKey': {}}")));
        assertEquals(
                "[duplicate]apiKey.key",
                codes(
                        send(
                                MANAGER_KEY,
                                "POST",
                                "api/api-key/" + id,
                                "{'apiKey': {'key': '" + MANAGER_KEY + "'}}")));
        assertEquals(
                "[invalid]apiKey.keyManager",
                codes(
                        send(
                                MANAGER_KEY,
                                "POST",
                                "api/api-key/" + id,
                                "{'apiKey': {'keyManager': true}}")));
        assertEquals(
                "[invalid]apiKey.permissions.endpoints [blank]apiKey.permissions.endpoints",
                codes(
                        send(
                                MANAGER_KEY,
                                "POST",
                                "api/api-key/" + id,
                                "{'apiKey': {'key': '"
                                        + longEnough
                                        + "', 'permissions': {'endpoints': {'api/integration':"
                                        + " ['GET'], '/api/x': []}}}}")));
        assertEquals(
                "[invalidJSON]apiKey.permissions.endpoints./api/integration",
                codes(
                        send(
                                MANAGER_KEY,
                                "POST",
                                "api/api-key/" + id,
                                "{'apiKey': {'permissions': {'endpoints': {'/api/integration':"
                                        + " 'GET'}}}}")));
        assertEquals(
                "[missing]apiKey",
                codes(send(MANAGER_KEY, "POST", "api/api-key/" + id, "{'key': {}}")));
        assertEquals(
                "[invalid]apiKey.id",
                codes(send(MANAGER_KEY, "GET", "api/api-key/not-a-uuid", null)));
        assertEquals(
                "[invalidJSON]", codes(send(MANAGER_KEY, "POST", "api/api-key", "{'apiKey':")));

        assertEquals(
                404,
                send(MANAGER_KEY, "GET", "api/api-key/" + id, null).statusCode(),
                "nothing was stored");
        assertEquals(401, as(longEnough).get().statusCode());
    }

    @Test
    void theDatabaseHoldsNoKeyInPlainText() {
        String value = "plain-text-check-" + UUID.randomUUID();
        keys.create(
                Optional.empty(),
                Optional.empty(),
                TestJson.json("{'apiKey': {'key': '" + value + "'}}"));

        List<?> rows = em.createNativeQuery("select * from api_key").getResultList();
        String table =
                rows.stream()
                        .map(row -> java.util.Arrays.deepToString((Object[]) row))
                        .reduce("", String::concat);
        assertFalse(table.contains(value));
        assertFalse(table.contains(MANAGER_KEY));
        assertTrue(
                table.contains(HexFormat.of().formatHex(KeyDigest.of(value))),
                "the digest is what is stored");
    }

    @Test
    void theLastKeyManagerCannotBeDeleted() {
        UUID onlyManager = authentication.caller(MANAGER_KEY).orElseThrow().key().id();

        ErrorsException refused =
                assertThrows(ErrorsException.class, () -> keys.delete(onlyManager));

        assertEquals("[LastKeyManager]", refused.getMessage());
        assertTrue(authentication.caller(MANAGER_KEY).isPresent());
    }
}
