package dev.integrations.http.control;

import static dev.integrations.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.integrations.http.boundary.ErrorsException;
import dev.integrations.http.boundary.RequestBody.Format;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class JsonPatchesTest {

    private final JsonObject stored =
            json("{'integrations': {'kafka': {'enabled': true, 'defaultTopic': 'a', 'producer':"
                            + " {'acks': '1'}}, 'list': [1]}}")
                    .asJsonObject();

    @Test
    void fusionAuthMergeReplacesNamedMembersAndKeepsTheRest() {
        assertEquals(
                json(
                        "{'integrations': {'kafka': {'enabled': true, 'defaultTopic': 'b',"
                                + " 'producer': {'acks': '1', 'linger.ms': '5'}}, 'list': [1]}}"),
                JsonPatches.apply(
                        Format.JSON,
                        stored,
                        json(
                                "{'integrations': {'kafka': {'defaultTopic': 'b', 'producer':"
                                        + " {'linger.ms': '5'}}}}")));
    }

    @Test
    void fusionAuthMergeRemovesNullMembersAndAppendsArrays() {
        assertEquals(
                json(
                        "{'integrations': {'kafka': {'enabled': true, 'producer': {'acks': '1'}},"
                                + " 'list': [1, 2]}}"),
                JsonPatches.apply(
                        Format.JSON,
                        stored,
                        json("{'integrations': {'kafka': {'defaultTopic': null}, 'list': [2]}}")));
    }

    @Test
    void fusionAuthMergeNeedsAnObject() {
        ErrorsException rejected =
                assertThrows(
                        ErrorsException.class,
                        () -> JsonPatches.apply(Format.JSON, stored, json("[1]")));

        assertEquals("[invalidJSON]", rejected.getMessage());
    }

    @Test
    void mergePatchFollowsRfc7396AndReplacesArrays() {
        assertEquals(
                json(
                        "{'integrations': {'kafka': {'enabled': true, 'producer': {'acks': '1'}},"
                                + " 'list': [2]}}"),
                JsonPatches.apply(
                        Format.MERGE_PATCH,
                        stored,
                        json("{'integrations': {'kafka': {'defaultTopic': null}, 'list': [2]}}")));
    }

    @Test
    void jsonPatchPathsStartAtTheEnvelope() {
        JsonObject patched =
                JsonPatches.apply(
                                Format.JSON_PATCH,
                                stored,
                                json(
                                        "[{'op': 'test', 'path':"
                                            + " '/integrations/kafka/defaultTopic', 'value': 'a'},"
                                            + " {'op': 'add', 'path':"
                                            + " '/integrations/kafka/producer/linger.ms', 'value':"
                                            + " '5'}, {'op': 'remove', 'path':"
                                            + " '/integrations/kafka/producer/acks'}]"))
                        .asJsonObject();

        assertEquals(json("{'linger.ms': '5'}"), patched.getValue("/integrations/kafka/producer"));
    }

    @Test
    void aFailingTestOperationIsJsonPatchTestFailed() {
        ErrorsException rejected =
                assertThrows(
                        ErrorsException.class,
                        () ->
                                JsonPatches.apply(
                                        Format.JSON_PATCH,
                                        stored,
                                        json(
                                                "[{'op': 'test', 'path':"
                                                        + " '/integrations/kafka/defaultTopic',"
                                                        + " 'value': 'z'}]")));

        assertEquals("[JSONPatchTestFailed]", rejected.getMessage());
    }

    @Test
    void operationsThatCannotBeAppliedAreInvalidJson() {
        for (String patch :
                new String[] {
                    "[{'op': 'replace', 'path': '/integrations/nothing/here', 'value': 1}]",
                    "[{'op': 'frobnicate', 'path': '/integrations'}]",
                    "[{'path': '/integrations'}]",
                    "[{'op': 'test', 'path': '/integrations'}]",
                    "['add']",
                    "{'op': 'add', 'path': '/integrations/x', 'value': 1}"
                }) {
            ErrorsException rejected =
                    assertThrows(
                            ErrorsException.class,
                            () -> JsonPatches.apply(Format.JSON_PATCH, stored, json(patch)),
                            patch);
            assertEquals("[invalidJSON]", rejected.getMessage(), patch);
        }
    }
}
