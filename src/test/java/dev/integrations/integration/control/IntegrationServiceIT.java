package dev.integrations.integration.control;

import static dev.integrations.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrations.apikey.control.Authentication;
import dev.integrations.apikey.control.KeyDigest;
import dev.integrations.apikey.entity.ApiKey;
import dev.integrations.http.boundary.ErrorsException;
import dev.integrations.http.boundary.RequestBody.Format;
import dev.integrations.integration.boundary.IntegrationsDocument;
import dev.integrations.integration.control.IntegrationService.Change;
import dev.integrations.integration.control.IntegrationService.Outcome;
import dev.integrations.integration.entity.Integrations;
import dev.integrations.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The service, the transaction and the database, inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class IntegrationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Inject IntegrationService integrations;

    @Inject Authentication authentication;

    @PersistenceContext(unitName = "integrations")
    EntityManager em;

    @BeforeEach
    void startFromAKnownDocument() {
        integrations.replace(
                IntegrationService.ANY_VERSION,
                json("{'integrations': {'kafka': {'enabled': true, 'defaultTopic': 'events'}}}"));
    }

    @Test
    void aReplacedDocumentIsStoredNormalized() {
        integrations.replace(
                IntegrationService.ANY_VERSION,
                json("{'integrations': {'kafka': {'defaultTopic': ' t '}}}"));

        IntegrationsDocument stored = integrations.current().document();
        assertEquals("t", stored.kafka().defaultTopic());
        assertEquals(IntegrationRules.PRODUCER_DEFAULTS, stored.kafka().producer());
    }

    @Test
    void eachChangeBumpsTheRowVersion() {
        long before = em.find(Integrations.class, Integrations.ID).version();

        integrations.patch(
                IntegrationService.ANY_VERSION,
                Format.JSON,
                json("{'integrations': {'kafka': {'defaultTopic': 'other'}}}"));

        assertEquals(before + 1, em.find(Integrations.class, Integrations.ID).version());
    }

    @Test
    void aRejectedPatchStoresNothing() {
        IntegrationsDocument before = integrations.current().document();

        ErrorsException rejected =
                assertThrows(
                        ErrorsException.class,
                        () ->
                                integrations.patch(
                                        IntegrationService.ANY_VERSION,
                                        Format.JSON_PATCH,
                                        json(
                                                "[{'op': 'replace', 'path':"
                                                    + " '/integrations/kafka/defaultTopic',"
                                                    + " 'value': 'x'}, {'op': 'replace', 'path':"
                                                    + " '/integrations/kafka/enabled', 'value':"
                                                    + " 'no'}]")));

        assertEquals("[invalidJSON]integrations.kafka.enabled", rejected.getMessage());
        assertEquals(before, integrations.current().document());
    }

    @Test
    void theConfiguredKeyIsStoredAsADigestOnly() {
        String configured = "arquillian-test-key-0123456789abcdef";

        assertTrue(authentication.caller(configured).isPresent());
        String digest = HexFormat.of().formatHex(KeyDigest.of(configured));
        Object[] row =
                (Object[])
                        em.createNativeQuery(
                                        "select selector, digest, description from api_key where"
                                                + " digest = ?1")
                                .setParameter(1, digest)
                                .getSingleResult();
        assertEquals(digest.substring(0, 32), row[0]);
        long plainCopies =
                ((Number)
                                em.createNativeQuery(
                                                "select count(*) from api_key where selector = ?1"
                                                        + " or digest = ?1 or description like ?2")
                                        .setParameter(1, configured)
                                        .setParameter(2, "%" + configured + "%")
                                        .getSingleResult())
                        .longValue();
        assertEquals(0, plainCopies);
        assertTrue(authentication.caller(configured + "x").isEmpty());
    }

    @Test
    void theConfiguredKeyIsAKeyManagerThatMayCallEverything() {
        ApiKey stored =
                authentication.caller("arquillian-test-key-0123456789abcdef").orElseThrow().key();

        assertTrue(stored.keyManager());
        assertTrue(stored.permits("/api/integration", "PATCH"));
    }

    @Test
    void theKeyCheckReadsTheVersionOfTheStoredDocument() {
        String key = "arquillian-test-key-0123456789abcdef";
        long before = authentication.caller(key).orElseThrow().documentVersion();

        IntegrationService.Versioned changed =
                integrations.patch(
                        IntegrationService.ANY_VERSION,
                        Format.MERGE_PATCH,
                        json("{'integrations': {'kafka': {'defaultTopic': 'checked'}}}"));

        assertEquals(changed.version(), authentication.caller(key).orElseThrow().documentVersion());
        assertTrue(changed.version() > before);
    }

    @Test
    void changesMadeInTurnAreAnsweredEachOnItsOwnAndARejectedOneChangesNothing() {
        long before = integrations.current().version();

        List<Outcome> outcomes =
                integrations.changeInTurn(
                        List.of(
                                Change.patch(
                                        IntegrationService.ANY_VERSION,
                                        Format.MERGE_PATCH,
                                        json(
                                                "{'integrations': {'kafka': {'defaultTopic':"
                                                        + " 'one'}}}")),
                                Change.patch(
                                        IntegrationService.ANY_VERSION,
                                        Format.MERGE_PATCH,
                                        json("{'integrations': {'kafka': {'enabled': 'no'}}}")),
                                Change.patch(
                                        version -> version == before + 1,
                                        Format.JSON,
                                        json(
                                                "{'integrations': {'kafka': {'defaultTopic':"
                                                        + " 'two'}}}")),
                                Change.replace(
                                        version -> version == before,
                                        json("{'integrations': {}}"))));

        assertEquals(before + 1, outcomes.get(0).orThrow().version());
        assertEquals("one", outcomes.get(0).orThrow().document().kafka().defaultTopic());
        assertEquals(
                "[invalidJSON]integrations.kafka.enabled",
                outcomes.get(1).rejected().orElseThrow().getMessage());
        assertEquals(before + 2, outcomes.get(2).orThrow().version());
        assertEquals("two", outcomes.get(2).orThrow().document().kafka().defaultTopic());
        assertEquals(412, outcomes.get(3).rejected().orElseThrow().status());
        IntegrationService.Versioned stored = integrations.current();
        assertEquals(before + 2, stored.version());
        assertEquals("two", stored.document().kafka().defaultTopic());
        assertTrue(stored.document().kafka().enabled());
    }

    @Test
    void theChangesOfOneCommitAreLoggedInOneLine() {
        List<String> lines = new ArrayList<>();
        Handler handler =
                new Handler() {
                    @Override
                    public void publish(LogRecord record) {
                        lines.add(new SimpleFormatter().formatMessage(record));
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        Logger log = Logger.getLogger(IntegrationService.class.getName());
        log.addHandler(handler);
        try {
            integrations.changeInTurn(
                    List.of(
                            Change.patch(
                                    IntegrationService.ANY_VERSION,
                                    Format.MERGE_PATCH,
                                    json("{'integrations': {'kafka': {'defaultTopic': 'a'}}}")),
                            Change.patch(
                                    IntegrationService.ANY_VERSION,
                                    Format.MERGE_PATCH,
                                    json("{'integrations': {'twilio': {'enabled': 'no'}}}")),
                            Change.patch(
                                    IntegrationService.ANY_VERSION,
                                    Format.MERGE_PATCH,
                                    json(
                                            "{'integrations': {'twilio': {'fromPhoneNumber':"
                                                    + " '+15555550100'}}}"))));
            integrations.changeInTurn(
                    List.of(
                            Change.patch(
                                    IntegrationService.ANY_VERSION,
                                    Format.MERGE_PATCH,
                                    json("{'integrations': {'kafka': {'defaultTopic': 'b'}}}"))));
        } finally {
            log.removeHandler(handler);
        }

        assertEquals(
                List.of(
                        "Integrations updated by 2 changes; changed blocks: kafka, twilio",
                        "Integrations updated; changed blocks: kafka"),
                lines);
    }
}
