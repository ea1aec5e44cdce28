package dev.integrations.kickstart.control;

import static dev.integrations.JsonSupport.BUILDERS;

import dev.integrations.apikey.boundary.ApiKeyResource;
import dev.integrations.apikey.control.ApiKeyStore;
import dev.integrations.apikey.control.KeyDigest;
import dev.integrations.apikey.entity.ApiKey;
import dev.integrations.http.boundary.Errors;
import dev.integrations.http.boundary.ErrorsException;
import dev.integrations.http.boundary.FieldReader;
import dev.integrations.http.boundary.RequestBody;
import dev.integrations.http.boundary.RequestBody.Format;
import dev.integrations.integration.control.IntegrationService;
import dev.integrations.kickstart.control.KickstartFile.Request;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a new installation usable: applies the Kickstart file while no key exists yet, stores the
 * key of {@code INTEGRATIONS_API_KEY}, and generates a key for an empty database that has neither.
 * The Kickstart file is applied in one transaction of its own, so that a file that fails leaves
 * nothing behind.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStart {

    static final int RECOMMENDED_KEY_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    private static final String INTEGRATION = "/api/integration";
    private static final String API_KEY = "/api/api-key";

    @Inject
    @ConfigProperty(name = "integrations.api.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "integrations.kickstart.file")
    Optional<String> kickstartFile;

    @Inject
    @ConfigProperty(name = "fusionauth.app.kickstart.file")
    Optional<String> fusionAuthKickstartFile;

    @Inject ApiKeyStore keys;

    @Inject IntegrationService integrations;

    @Resource UserTransaction transaction;

    @PostConstruct
    void prepare() {
        Optional<String> configured = nonBlank(configuredKey);
        Optional<Path> kickstart =
                nonBlank(kickstartFile).or(() -> nonBlank(fusionAuthKickstartFile)).map(Path::of);

        if (kickstart.isPresent()) {
            if (keys.countOthers(configured) == 0) {
                applyKickstart(kickstart.get());
            } else {
                LOG.log(
                        Level.INFO,
                        "Kickstart file {0} not applied: API keys exist already",
                        kickstart.get());
            }
        }
        configured.ifPresent(this::storeConfiguredKey);
        if (configured.isEmpty()
                && kickstart.isEmpty()
                && keys.countOthers(Optional.empty()) == 0) {
            generateKey();
        }
    }

    private void applyKickstart(Path file) {
        KickstartFile kickstart;
        try {
            kickstart =
                    KickstartFile.parse(
                            Files.readString(file),
                            name -> Optional.ofNullable(System.getenv(name)));
        } catch (IOException | KickstartFile.Unusable unusable) {
            String reason =
                    unusable instanceof IOException ? "it cannot be read" : unusable.getMessage();
            LOG.log(
                    Level.SEVERE,
                    "Kickstart file {0} was not applied: {1}. It is tried again at the next start.",
                    new Object[] {file, reason});
            return;
        }

        String step = "apiKeys";
        try {
            transaction.begin();
            List<JsonObject> apiKeys = kickstart.apiKeys();
            boolean fileNamesAManager =
                    apiKeys.stream().anyMatch(key -> key.getBoolean("keyManager", false));
            for (int i = 0; i < apiKeys.size(); i++) {
                step = "apiKeys[" + i + "]";
                keys.create(
                        Optional.empty(),
                        Optional.empty(),
                        apiKeyBody(apiKeys.get(i), i == 0 && !fileNamesAManager));
            }
            int skipped = 0;
            List<Request> requests = kickstart.requests();
            for (int i = 0; i < requests.size(); i++) {
                Request request = requests.get(i);
                step = "requests[" + i + "] (" + request.method() + " " + request.url() + ")";
                if (!perform(request)) {
                    skipped++;
                    LOG.log(
                            Level.INFO,
                            "Kickstart {0} skipped: this service has no such endpoint",
                            step);
                }
            }
            transaction.commit();
            LOG.log(
                    Level.INFO,
                    "Kickstart file {0} applied: {1} API keys, {2} requests, {3} of them skipped",
                    new Object[] {file, apiKeys.size(), requests.size(), skipped});
        } catch (ErrorsException rejected) {
            rollBack();
            LOG.log(
                    Level.SEVERE,
                    "Kickstart file {0} was not applied: {1} was answered with {2} {3}. Nothing of"
                            + " it is stored; it is tried again at the next start.",
                    new Object[] {file, step, rejected.status(), rejected.errors().toJson()});
        } catch (Exception failed) {
            rollBack();
            String failedStep = step;
            LOG.log(
                    Level.SEVERE,
                    failed,
                    () ->
                            "Kickstart file "
                                    + file
                                    + " was not applied: it failed at "
                                    + failedStep
                                    + ". Nothing of it is stored; it is tried again at the next"
                                    + " start.");
        }
    }

    /** The API Key API body for an entry of {@code apiKeys[]}, which may name its description. */
    private static JsonObject apiKeyBody(JsonObject entry, boolean makeManager) {
        JsonObjectBuilder apiKey = BUILDERS.createObjectBuilder(entry);
        if (entry.containsKey("description") && !entry.containsKey("metaData")) {
            apiKey.add(
                    "metaData",
                    BUILDERS.createObjectBuilder()
                            .add(
                                    "attributes",
                                    BUILDERS.createObjectBuilder()
                                            .add("description", entry.get("description"))));
        }
        if (makeManager) {
            apiKey.add("keyManager", true);
        }
        return BUILDERS.createObjectBuilder().add("apiKey", apiKey).build();
    }

    /** Performs {@code request} as the API would; false when this service has no such endpoint. */
    private boolean perform(Request request) {
        String path = request.path();
        String method = request.method();
        if (path.equals(INTEGRATION) && method.equals("PUT")) {
            RequestBody.format(request.contentType(), Format.JSON);
            integrations.replace(IntegrationService.ANY_VERSION, request.body());
        } else if (path.equals(INTEGRATION) && method.equals("PATCH")) {
            integrations.patch(
                    IntegrationService.ANY_VERSION,
                    RequestBody.format(request.contentType(), Format.values()),
                    request.body());
        } else if (path.equals(API_KEY) && method.equals("POST")) {
            keys.create(Optional.empty(), Optional.empty(), request.body());
        } else if (path.startsWith(API_KEY + "/")) {
            return performOnKey(method, path.substring(API_KEY.length() + 1), request);
        } else {
            return false;
        }
        return true;
    }

    private boolean performOnKey(String method, String idText, Request request) {
        UUID id = FieldReader.parseUuid(idText).orElseThrow(ApiKeyResource::invalidId);
        Optional<ApiKey> trusted = Optional.empty();
        boolean found =
                switch (method) {
                    case "POST" -> keys.create(trusted, Optional.of(id), request.body()) != null;
                    case "PUT" -> keys.replace(trusted, id, request.body()).isPresent();
                    case "PATCH" ->
                            keys.patch(
                                            trusted,
                                            id,
                                            RequestBody.format(
                                                    request.contentType(), Format.values()),
                                            request.body())
                                    .isPresent();
                    case "DELETE" -> keys.delete(id);
                    default -> throw new ErrorsException(405, new Errors());
                };
        if (!found) {
            throw new ErrorsException(
                    404, Errors.general("[NotFound]", "No API key has the id " + id + "."));
        }
        return true;
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException failed) {
            LOG.log(Level.WARNING, failed, () -> "Rolling back the Kickstart transaction failed");
        }
    }

    private void storeConfiguredKey(String key) {
        if (key.length() < RECOMMENDED_KEY_LENGTH) {
            LOG.log(
                    Level.WARNING,
                    "INTEGRATIONS_API_KEY is shorter than {0} characters; use a long random key in"
                            + " production",
                    RECOMMENDED_KEY_LENGTH);
        }
        if (keys.exists(key)) {
            return;
        }
        try {
            ApiKey stored = keys.storeKeyManager(key, "From INTEGRATIONS_API_KEY");
            LOG.log(
                    Level.INFO,
                    "Stored the API key from INTEGRATIONS_API_KEY as key {0}",
                    stored.id());
        } catch (EJBException collided) {
            // Instances that start together on an empty database race to store the same key;
            // the one that loses finds it stored.
            if (!keys.exists(key)) {
                throw collided;
            }
        }
    }

    private void generateKey() {
        String key = KeyDigest.newKey();
        ApiKey stored = keys.storeKeyManager(key, "Generated at first start");
        LOG.log(
                Level.WARNING,
                "No API key was configured, so one was generated (key {0}). Use it as the"
                        + " Authorization header; it is shown only this once: {1}",
                new Object[] {stored.id(), key});
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::trim).filter(text -> !text.isEmpty());
    }
}
