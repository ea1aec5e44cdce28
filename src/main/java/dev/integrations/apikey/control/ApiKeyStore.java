package dev.integrations.apikey.control;

import dev.integrations.apikey.entity.ApiKey;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The stored API keys. */
@Stateless
public class ApiKeyStore {

    @PersistenceContext(unitName = "integrations")
    EntityManager em;

    /** The stored, unexpired key that {@code presented} is; empty for anything else. */
    public Optional<ApiKey> authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        byte[] digest = KeyDigest.of(presented);
        return Optional.ofNullable(em.find(ApiKey.class, ApiKey.selectorOf(digest)))
                .filter(key -> key.hasDigest(digest))
                .filter(key -> !key.isExpired(OffsetDateTime.now()));
    }

    public boolean exists(String key) {
        return em.find(ApiKey.class, ApiKey.selectorOf(KeyDigest.of(key))) != null;
    }

    public boolean isEmpty() {
        return em.createQuery("select count(k) from ApiKey k", Long.class).getSingleResult() == 0;
    }

    /** Stores a key manager that may call every endpoint. */
    public ApiKey storeKeyManager(String key, String description) {
        ApiKey stored =
                new ApiKey(KeyDigest.of(key), description, true, Map.<String, Set<String>>of());
        em.persist(stored);
        return stored;
    }
}
