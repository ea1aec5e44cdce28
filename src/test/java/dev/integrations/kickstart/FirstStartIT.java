package dev.integrations.kickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.testing.Api;
import dev.integrations.testing.RunningService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A new user's first start with ./run, without any configuration, and the start after it. */
class FirstStartIT {

    private static final Pattern GENERATED_KEY =
            Pattern.compile("shown only this once: ([A-Za-z0-9_-]{64})");

    @Test
    void aFreshInstallPrintsAGeneratedKeyOnceAndKeepsItsDataAcrossARestart() throws Exception {
        Path database = Files.createTempDirectory(Path.of("target"), "first-start-db");
        String key;
        try (RunningService first = RunningService.start("first-start", database, Map.of())) {
            Matcher printed = GENERATED_KEY.matcher(first.log());
            assertTrue(printed.find(), "the log shows the generated key");
            key = printed.group(1);

            Api api = new Api(first.base(), key);
            assertEquals(200, api.get().statusCode());
            assertEquals(
                    200,
                    api.put(
                                    "{'integrations': {'kafka': {'enabled': true, 'defaultTopic':"
                                            + " 'kept'}}}")
                            .statusCode());
            assertEquals(401, new Api(first.base(), key.substring(1)).get().statusCode());
        }

        try (RunningService second = RunningService.start("second-start", database, Map.of())) {
            assertFalse(GENERATED_KEY.matcher(second.log()).find(), "no second key is generated");
            Api api = new Api(second.base(), key);
            assertEquals(
                    "kept",
                    api.document()
                            .getValue("/integrations/kafka/defaultTopic")
                            .toString()
                            .replace("\"", ""));
        }
    }

    @Test
    void theConfiguredKeyWorksAndIsNeverLogged() throws Exception {
        String configured = "configured-key-" + "0123456789abcdef0123456789";
        Path database = Files.createTempDirectory(Path.of("target"), "configured-key-db");

        try (RunningService service =
                RunningService.start(
                        "configured-key", database, Map.of("INTEGRATIONS_API_KEY", configured))) {
            assertEquals(200, new Api(service.base(), configured).get().statusCode());
            assertFalse(
                    GENERATED_KEY.matcher(service.log()).find(),
                    "no key is generated when one is configured");
            assertFalse(
                    service.log().contains(configured), "the configured key never reaches the log");
        }
    }
}
