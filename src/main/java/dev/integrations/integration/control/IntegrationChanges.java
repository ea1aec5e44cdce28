package dev.integrations.integration.control;

import dev.integrations.SharedWork;
import dev.integrations.http.boundary.RequestBody.Format;
import dev.integrations.integration.control.IntegrationService.Change;
import dev.integrations.integration.control.IntegrationService.Outcome;
import dev.integrations.integration.control.IntegrationService.Versioned;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import java.util.function.LongPredicate;

/**
 * The changes that requests make to the document. Changes that arrive while another is being
 * written wait, and are then made together ({@link SharedWork}): one transaction, one row lock and
 * one commit for all of them, each change applied to what the one before it left and answered on
 * its own. Under concurrent writes, most of the cost of a change is its commit (a file write on H2,
 * a flush to disk on PostgreSQL), and a change waits for fewer commits than there are changes
 * before it.
 */
@ApplicationScoped
public class IntegrationChanges {

    // The EJB itself rather than its CDI proxy: Payara's proxy throws and catches an exception on
    // every call to find the bean, and this call is on the path of every change.
    @EJB IntegrationService integrations;

    private SharedWork<Change, Outcome> changes;

    @PostConstruct
    void shareCommits() {
        changes = new SharedWork<>(integrations::changeInTurn);
    }

    /** PUT; see {@link IntegrationService#replace}. */
    public Versioned replace(LongPredicate precondition, JsonValue body) {
        return changes.run(Change.replace(precondition, body)).orThrow();
    }

    /** PATCH; see {@link IntegrationService#patch}. */
    public Versioned patch(LongPredicate precondition, Format format, JsonValue patch) {
        return changes.run(Change.patch(precondition, format, patch)).orThrow();
    }
}
