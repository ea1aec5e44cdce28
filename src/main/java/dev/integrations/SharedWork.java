package dev.integrations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Lets concurrent callers share one run of costly work, such as a statement or a transaction. A
 * caller hands in its input and gets its own output from a run that began after it asked; callers
 * that ask while a run is under way wait for the next one, which takes all of them together. One
 * run is under way at a time, on the thread of one of the callers it serves: a caller that is alone
 * waits for nobody, and no thread of its own is needed.
 *
 * <p>Because each run begins after its callers asked, a read shared this way is as fresh as a read
 * of one's own, and changes shared this way are made in the order they are taken, one after the
 * other. A run that fails fails its callers and those waiting for the next run alike. The work must
 * not call {@link #run} of the same instance: its thread would wait for itself.
 *
 * @param <I> what a caller hands in
 * @param <O> what it gets back
 */
public final class SharedWork<I, O> {

    /** The most inputs one run takes; the rest wait for the next run. */
    public static final int MOST_PER_RUN = 128;

    private static final Object LEAD = new Object();

    private final Function<List<I>, List<O>> work;
    private final ArrayDeque<Waiter<I>> waiting = new ArrayDeque<>();
    private boolean running;

    /**
     * {@code work} gives one output for each of its inputs, in their order; what it throws reaches
     * every caller of that run.
     */
    public SharedWork(Function<List<I>, List<O>> work) {
        this.work = work;
    }

    /** The output for {@code input} of a run that began after this call did. */
    public O run(I input) {
        Waiter<I> self = new Waiter<>(input);
        boolean lead;
        synchronized (waiting) {
            waiting.addLast(self);
            lead = !running;
            running = true;
        }

        if (!lead) {
            Object outcome = self.outcome.join();
            if (outcome != LEAD) {
                return output(outcome);
            }
        }
        return output(runForAllWaiting(self));
    }

    /**
     * Runs the work for the callers waiting, this one first among them, hands the others their
     * outputs and returns this one's; then passes the next run to whoever waits.
     */
    private Object runForAllWaiting(Waiter<I> self) {
        List<Waiter<I>> taken = new ArrayList<>();
        try {
            synchronized (waiting) {
                while (!waiting.isEmpty() && taken.size() < MOST_PER_RUN) {
                    taken.add(waiting.pollFirst());
                }
            }

            List<I> inputs = new ArrayList<>(taken.size());
            taken.forEach(waiter -> inputs.add(waiter.input));
            List<O> outputs = work.apply(inputs);
            if (outputs.size() != inputs.size()) {
                throw new IllegalStateException(
                        "The work gave " + outputs.size() + " outputs for " + inputs.size());
            }
            for (int i = 1; i < taken.size(); i++) {
                taken.get(i).outcome.complete(outputs.get(i));
            }
            return outputs.get(0);
        } catch (RuntimeException | Error failure) {
            Failed failed = new Failed(failure);
            taken.forEach(waiter -> waiter.outcome.complete(failed));
            failWaiting(failed);
            throw failure;
        } finally {
            passOn();
        }
    }

    /**
     * Callers that asked while a run failed get its failure too, at once: a failure is no stale
     * answer, and a database that does not answer would otherwise keep each of them waiting for the
     * failed run and then for a failure of its own.
     */
    private void failWaiting(Failed failed) {
        List<Waiter<I>> failing;
        synchronized (waiting) {
            failing = new ArrayList<>(waiting);
            waiting.clear();
        }
        failing.forEach(waiter -> waiter.outcome.complete(failed));
    }

    /** How many callers wait for a run to take them. */
    int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private void passOn() {
        Waiter<I> next;
        synchronized (waiting) {
            next = waiting.peekFirst();
            running = next != null;
        }
        if (next != null) {
            next.outcome.complete(LEAD);
        }
    }

    @SuppressWarnings("unchecked")
    private O output(Object outcome) {
        if (outcome instanceof Failed failed) {
            if (failed.cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failed.cause;
        }
        return (O) outcome;
    }

    private record Failed(Throwable cause) {}

    private static final class Waiter<I> {
        final I input;
        final CompletableFuture<Object> outcome = new CompletableFuture<>();

        Waiter(I input) {
            this.input = input;
        }
    }
}
