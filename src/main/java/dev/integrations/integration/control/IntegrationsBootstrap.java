package dev.integrations.integration.control;

import dev.integrations.integration.entity.Integrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Stores the default document on a fresh database, so that the row every change locks exists before
 * the first request.
 */
@Singleton
@Startup
public class IntegrationsBootstrap {

    private static final Logger LOG = Logger.getLogger(IntegrationsBootstrap.class.getName());

    @PersistenceContext(unitName = "integrations")
    EntityManager em;

    @PostConstruct
    void storeDefaultsOnFreshDatabase() {
        if (em.find(Integrations.class, Integrations.ID) == null) {
            em.persist(new Integrations());
            LOG.info("Stored the default integrations document on a fresh database");
        }
    }
}
