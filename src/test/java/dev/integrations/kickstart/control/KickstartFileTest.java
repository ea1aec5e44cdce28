package dev.integrations.kickstart.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.integrations.TestJson;
import dev.integrations.kickstart.control.KickstartFile.Request;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KickstartFileTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("TOPIC", "from-env");

    private static KickstartFile parse(String singleQuoted) {
        return KickstartFile.parse(
                singleQuoted.replace('\'', '"'),
                name -> Optional.ofNullable(ENVIRONMENT.get(name)));
    }

    @Test
    void replacesVariablesAndEnvironmentVariablesInEveryString() {
        KickstartFile file =
                parse(
                        "{'variables': {'key': 'k-#{ENV.TOPIC}', 'topic': '#{ENV.TOPIC}'},"
                            + " 'apiKeys': [{'key': '#{key}', 'description': 'first'}], 'requests':"
                            + " [{'method': 'patch', 'url': '/api/integration?x=1', 'body':"
                            + " {'integrations': {'kafka': {'defaultTopic': 'topic #{ topic }',"
                            + " 'enabled': true}}}}]}");

        assertEquals(
                TestJson.json("{'key': 'k-from-env', 'description': 'first'}"),
                file.apiKeys().get(0));
        Request request = file.requests().get(0);
        assertEquals("PATCH", request.method());
        assertEquals("/api/integration", request.path());
        assertEquals("application/json", request.contentType());
        assertEquals(
                TestJson.json(
                        "{'integrations': {'kafka': {'defaultTopic': 'topic from-env', 'enabled':"
                                + " true}}}"),
                request.body());
    }

    @Test
    void aFileWithoutSectionsHasNothingToApply() {
        KickstartFile file = parse("{}");

        assertEquals(0, file.apiKeys().size());
        assertEquals(0, file.requests().size());
    }

    @Test
    void aFileThatCannotBeAppliedSaysWhyWithoutShowingValues() {
        Map<String, String> reasons =
                Map.of(
                        "{'apiKeys': [{'key': '#{missing}'}]}",
                                "it names the undefined variable #{missing}",
                        "{'apiKeys': [{'key': '#{ENV.NOT_SET}'}]}",
                                "the environment variable NOT_SET is not set",
                        "{'requests': [{'method': 'PUT'}]}", "a request has no url",
                        "{'requests': {}}", "requests is not an array",
                        "{'variables': {'n': 1}}", "the variable n is not a string",
                        "not json", "it is not a JSON object",
                        "[]", "it is not a JSON object");

        reasons.forEach(
                (text, reason) ->
                        assertEquals(
                                reason,
                                assertThrows(KickstartFile.Unusable.class, () -> parse(text), text)
                                        .getMessage(),
                                text));
    }
}
