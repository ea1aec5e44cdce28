package dev.integrations.apikey.control;

import dev.integrations.apikey.boundary.ApiKeyDocument;
import dev.integrations.apikey.boundary.ApiKeyJson;
import dev.integrations.apikey.entity.ApiKey;
import dev.integrations.http.boundary.Errors;
import dev.integrations.http.boundary.ErrorsException;
import dev.integrations.http.boundary.RequestBody.Format;
import dev.integrations.http.control.JsonPatches;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The stored API keys. Every change names its grantor: the calling key, which may grant no more
 * than it may do itself, or none for Kickstart, which may grant anything, key managers included.
 */
@Stateless
public class ApiKeyStore {

    private static final Logger LOG = Logger.getLogger(ApiKeyStore.class.getName());

    @PersistenceContext(unitName = "integrations")
    EntityManager em;

    public boolean exists(String key) {
        return em.find(ApiKey.class, ApiKey.selectorOf(KeyDigest.of(key))) != null;
    }

    /** How many keys are stored besides {@code except}, which may be stored or not. */
    public long countOthers(Optional<String> except) {
        String exceptSelector = except.map(key -> ApiKey.selectorOf(KeyDigest.of(key))).orElse("");
        return em.createQuery(
                        "select count(k) from ApiKey k where k.selector <> :except", Long.class)
                .setParameter("except", exceptSelector)
                .getSingleResult();
    }

    /** Stores a key manager that may call every endpoint. */
    public ApiKey storeKeyManager(String key, String description) {
        ApiKey stored =
                ApiKeyMapper.describe(
                        new ApiKey(UUID.randomUUID(), KeyDigest.of(key), true),
                        new ApiKeyDocument(
                                null, null, true, Map.of(), description, null, null, null, null));
        em.persist(stored);
        return stored;
    }

    /**
     * Creates the key in {@code body}, with the id {@code chosenId} or the body's or a new one, and
     * the key value the body names or a generated one; the answer is the only place the value is
     * ever shown.
     */
    public ApiKeyDocument create(
            Optional<ApiKey> grantor, Optional<UUID> chosenId, JsonValue body) {
        Errors errors = new Errors();
        ApiKeyDocument document = ApiKeyJson.read(body, errors);
        UUID id = chosenId.or(() -> Optional.ofNullable(document.id())).orElseGet(UUID::randomUUID);
        String value = Optional.ofNullable(document.key()).orElseGet(KeyDigest::newKey);
        if (document.key() != null) {
            ApiKeyRules.validateChosenKey(value, errors);
        }
        boolean keyManager = grantor.isEmpty() && Boolean.TRUE.equals(document.keyManager());
        ApiKeyRules.validate(document, grantor, keyManager, errors);
        if (byId(id, LockModeType.NONE).isPresent()) {
            errors.field(
                    "duplicate",
                    "apiKey.id",
                    "An API key with the id [" + id + "] exists already.");
        }
        if (exists(value)) {
            errors.field("duplicate", "apiKey.key", "This key value is in use by another key.");
        }
        errors.throwIfAny();

        ApiKey stored =
                ApiKeyMapper.describe(new ApiKey(id, KeyDigest.of(value), keyManager), document);
        em.persist(stored);
        LOG.log(
                Level.INFO,
                "Created API key {0} (key manager: {1}, endpoints: {2})",
                new Object[] {id, stored.keyManager(), stored.permissions().keySet()});
        return ApiKeyMapper.toDocument(stored, value);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ApiKeyDocument> find(UUID id) {
        return byId(id, LockModeType.NONE).map(stored -> ApiKeyMapper.toDocument(stored, null));
    }

    /** PUT: the body's name, description, permissions and expiration replace the stored ones. */
    public Optional<ApiKeyDocument> replace(Optional<ApiKey> grantor, UUID id, JsonValue body) {
        return change(grantor, id, current -> body);
    }

    /** PATCH: the patch applies to the key's JSON as GET answers it. */
    public Optional<ApiKeyDocument> patch(
            Optional<ApiKey> grantor, UUID id, Format format, JsonValue patch) {
        return change(grantor, id, current -> JsonPatches.apply(format, current, patch));
    }

    private Optional<ApiKeyDocument> change(
            Optional<ApiKey> grantor, UUID id, Function<JsonObject, JsonValue> change) {
        return byId(id, LockModeType.PESSIMISTIC_WRITE)
                .map(
                        stored -> {
                            Errors errors = new Errors();
                            JsonObject current =
                                    ApiKeyJson.write(ApiKeyMapper.toDocument(stored, null));
                            ApiKeyDocument changed = ApiKeyJson.read(change.apply(current), errors);
                            ApiKeyRules.validate(changed, grantor, stored.keyManager(), errors);
                            errors.throwIfAny();

                            ApiKeyMapper.describe(stored, changed);
                            LOG.log(Level.INFO, "Updated API key {0}", id);
                            return ApiKeyMapper.toDocument(stored, null);
                        });
    }

    /** Deletes the key; the last key manager is kept, so that keys can still be managed. */
    public boolean delete(UUID id) {
        List<ApiKey> managers =
                em.createQuery("select k from ApiKey k where k.keyManager = true", ApiKey.class)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        Optional<ApiKey> stored = byId(id, LockModeType.PESSIMISTIC_WRITE);
        if (stored.isEmpty()) {
            return false;
        }
        if (stored.get().keyManager() && managers.size() <= 1) {
            throw new ErrorsException(
                    400,
                    Errors.general(
                            "[LastKeyManager]",
                            "This is the last key manager; create another before deleting it."));
        }
        em.remove(stored.get());
        LOG.log(Level.INFO, "Deleted API key {0}", id);
        return true;
    }

    private Optional<ApiKey> byId(UUID id, LockModeType lock) {
        return em.createQuery("select k from ApiKey k where k.id = :id", ApiKey.class)
                .setParameter("id", id.toString())
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
