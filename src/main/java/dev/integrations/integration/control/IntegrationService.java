package dev.integrations.integration.control;

import dev.integrations.http.boundary.Errors;
import dev.integrations.http.boundary.ErrorsException;
import dev.integrations.http.boundary.RequestBody.Format;
import dev.integrations.http.control.JsonPatches;
import dev.integrations.integration.boundary.IntegrationsDocument;
import dev.integrations.integration.boundary.IntegrationsJson;
import dev.integrations.integration.entity.Integrations;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and changes the stored integrations document, each change in one transaction. The row's
 * version is the document's ETag.
 */
@Stateless
public class IntegrationService {

    private static final Logger LOG = Logger.getLogger(IntegrationService.class.getName());

    @PersistenceContext(unitName = "integrations")
    EntityManager em;

    @Resource TransactionSynchronizationRegistry transactions;

    /** A precondition that every stored version meets. */
    public static final LongPredicate ANY_VERSION = version -> true;

    /** The document with the version of the row it was read from, for ETags. */
    public record Versioned(IntegrationsDocument document, long version) {}

    /**
     * A change of the document: {@code edit} turns the JSON of the stored document, as GET answers
     * it, into the new document, if the stored version meets {@code precondition}.
     */
    public record Change(LongPredicate precondition, Function<JsonObject, JsonValue> edit) {

        /** PUT: the body, normalized and validated, becomes the whole document. */
        public static Change replace(LongPredicate precondition, JsonValue body) {
            return new Change(precondition, current -> body);
        }

        /** PATCH: the patch is applied to the stored document. */
        public static Change patch(LongPredicate precondition, Format format, JsonValue patch) {
            return new Change(precondition, current -> JsonPatches.apply(format, current, patch));
        }
    }

    /** What became of a change: the document it made, or why it was rejected. */
    public record Outcome(Optional<Versioned> made, Optional<ErrorsException> rejected) {

        static Outcome made(Versioned made) {
            return new Outcome(Optional.of(made), Optional.empty());
        }

        static Outcome rejected(ErrorsException rejected) {
            return new Outcome(Optional.empty(), Optional.of(rejected));
        }

        /** The document the change made; throws the rejection when it was rejected. */
        public Versioned orThrow() {
            if (rejected.isPresent()) {
                throw rejected.get();
            }
            return made.orElseThrow();
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Versioned current() {
        Integrations stored = stored(LockModeType.NONE);
        return new Versioned(IntegrationMapper.toDocument(stored), stored.version());
    }

    /**
     * PUT: the body, normalized and validated, becomes the whole document, if the stored version
     * meets {@code precondition}.
     */
    public Versioned replace(LongPredicate precondition, JsonValue body) {
        return change(stored(LockModeType.PESSIMISTIC_WRITE), Change.replace(precondition, body));
    }

    /** PATCH: the patch is applied to the JSON of the stored document, as GET answers it. */
    public Versioned patch(LongPredicate precondition, Format format, JsonValue patch) {
        return change(
                stored(LockModeType.PESSIMISTIC_WRITE), Change.patch(precondition, format, patch));
    }

    /**
     * Makes the changes one after the other in one transaction, each on the document the one before
     * it left, and answers each on its own: a rejected change is left out and changes nothing, the
     * others are committed together. Every change that is made bumps the version. The transaction
     * is always one of its own, so that no change is answered before it is committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Outcome> changeInTurn(List<Change> changes) {
        Integrations stored = stored(LockModeType.PESSIMISTIC_WRITE);
        List<Outcome> outcomes = new ArrayList<>(changes.size());
        for (Change change : changes) {
            try {
                outcomes.add(Outcome.made(change(stored, change)));
            } catch (ErrorsException rejected) {
                outcomes.add(Outcome.rejected(rejected));
            }
        }
        // Written here rather than at the commit, so that a database that goes away now fails
        // this call with its SQL state, which the answer is chosen by.
        em.flush();
        return outcomes;
    }

    /**
     * Changes the stored row, which the caller read under a row lock ({@code SELECT ... FOR
     * UPDATE}); the commit writes it out. Concurrent changes queue on the lock instead of retrying
     * an optimistic version check: there is one row, every transaction on it is short, and the
     * database lock holds across instances as well as threads, so a read-modify-write never works
     * on a stale copy.
     */
    private Versioned change(Integrations stored, Change change) {
        if (!change.precondition().test(stored.version())) {
            throw new ErrorsException(
                    412,
                    Errors.general(
                            "[PreconditionFailed]",
                            "The document has changed since the version named in If-Match. Read it"
                                    + " again and repeat the change."));
        }
        IntegrationsDocument before = IntegrationMapper.toDocument(stored);

        Errors errors = new Errors();
        JsonValue changed = change.edit().apply(IntegrationsJson.write(before));
        IntegrationsDocument after =
                IntegrationRules.normalize(IntegrationsJson.read(changed, errors));
        IntegrationRules.validate(after, errors);
        errors.throwIfAny();

        IntegrationMapper.store(after, stored);
        logOnCommit(changedBlocks(before, after));
        return new Versioned(after, stored.version());
    }

    /**
     * Logs the change once it is committed: only then has it happened, and by then the row lock is
     * released. The changes of one transaction share one line, written once for all of them: their
     * answers wait for it, and a line per change would have each of them wait for the handler as
     * many times as there were changes before it.
     */
    private void logOnCommit(List<String> changedBlocks) {
        CommitLog log = (CommitLog) transactions.getResource(CommitLog.class);
        if (log == null) {
            log = new CommitLog();
            transactions.putResource(CommitLog.class, log);
            transactions.registerInterposedSynchronization(log);
        }
        log.add(changedBlocks);
    }

    /** The changes of one transaction, logged in one line after it committed. */
    private static final class CommitLog implements Synchronization {
        private final Set<String> changedBlocks = new TreeSet<>();
        private int changes;

        void add(List<String> blocks) {
            changes++;
            changedBlocks.addAll(blocks);
        }

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            String blocks = changedBlocks.isEmpty() ? "none" : String.join(", ", changedBlocks);
            if (changes == 1) {
                LOG.log(Level.INFO, "Integrations updated; changed blocks: {0}", blocks);
            } else {
                LOG.log(
                        Level.INFO,
                        "Integrations updated by {0} changes; changed blocks: {1}",
                        new Object[] {changes, blocks});
            }
        }
    }

    private Integrations stored(LockModeType lock) {
        Integrations stored = em.find(Integrations.class, Integrations.ID, lock);
        if (stored == null) {
            throw new IllegalStateException("The integrations row is missing from the database");
        }
        return stored;
    }

    private static List<String> changedBlocks(
            IntegrationsDocument before, IntegrationsDocument after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.cleanspeak(), after.cleanspeak())) {
            changed.add("cleanspeak");
        }
        if (!Objects.equals(before.kafka(), after.kafka())) {
            changed.add("kafka");
        }
        if (!Objects.equals(before.twilio(), after.twilio())) {
            changed.add("twilio");
        }
        return changed;
    }
}
