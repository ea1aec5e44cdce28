package dev.integrations.apikey.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a new installation can be called at once. The key in {@code INTEGRATIONS_API_KEY} is
 * stored whenever it is not stored yet; without it, a database that has no key gets a generated
 * one, printed to the log this one time.
 */
@Singleton
@Startup
public class ApiKeyBootstrap {

    static final int RECOMMENDED_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(ApiKeyBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "integrations.api.key")
    Optional<String> configuredKey;

    @Inject ApiKeyStore keys;

    @PostConstruct
    void ensureAKey() {
        configuredKey
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .ifPresentOrElse(this::storeConfigured, this::generateOnFreshDatabase);
    }

    private void storeConfigured(String key) {
        if (key.length() < RECOMMENDED_LENGTH) {
            LOG.log(
                    Level.WARNING,
                    "INTEGRATIONS_API_KEY is shorter than {0} characters; use a long random key in"
                            + " production",
                    RECOMMENDED_LENGTH);
        }
        if (!keys.exists(key)) {
            var stored = keys.storeKeyManager(key, "From INTEGRATIONS_API_KEY");
            LOG.log(
                    Level.INFO,
                    "Stored the API key from INTEGRATIONS_API_KEY as key {0}",
                    stored.id());
        }
    }

    private void generateOnFreshDatabase() {
        if (!keys.isEmpty()) {
            return;
        }
        String key = KeyDigest.newKey();
        var stored = keys.storeKeyManager(key, "Generated at first start");
        LOG.log(
                Level.WARNING,
                "No API key was configured, so one was generated (key {0}). Use it as the"
                        + " Authorization header; it is shown only this once: {1}",
                new Object[] {stored.id(), key});
    }
}
