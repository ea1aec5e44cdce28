package dev.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedWorkTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() throws InterruptedException {
        callers.shutdownNow();
        assertTrue(callers.awaitTermination(10, TimeUnit.SECONDS));
    }

    /**
     * Work that answers each input doubled and keeps the inputs of every run; the run that takes
     * the held run's marker waits until it is released.
     */
    private static final class Doubling implements Function<List<Integer>, List<Integer>> {
        final List<List<Integer>> runs = Collections.synchronizedList(new ArrayList<>());
        private final HeldRun held;

        Doubling(HeldRun held) {
            this.held = held;
        }

        @Override
        public List<Integer> apply(List<Integer> inputs) {
            held.holdIf(inputs);
            runs.add(List.copyOf(inputs));
            return inputs.stream().map(input -> input * 2).toList();
        }
    }

    @Test
    void aCallerAloneRunsTheWorkForItselfOnItsOwnThread() {
        Thread caller = Thread.currentThread();
        List<Thread> ranOn = new ArrayList<>();
        SharedWork<Integer, Integer> work =
                new SharedWork<>(
                        inputs -> {
                            ranOn.add(Thread.currentThread());
                            return inputs.stream().map(input -> input + 1).toList();
                        });

        assertEquals(2, work.run(1));
        assertEquals(3, work.run(2));
        assertEquals(List.of(caller, caller), ranOn);
    }

    @Test
    void callersThatAskDuringARunShareTheNextRunAndEachGetsItsOwnOutput() throws Exception {
        HeldRun held = new HeldRun(0);
        Doubling doubling = new Doubling(held);
        SharedWork<Integer, Integer> work = new SharedWork<>(doubling);

        Future<Integer> first = held.start(callers, work);
        List<Future<Integer>> waiting = queue(work, 1, 10);
        held.release();

        assertEquals(0, first.get(10, TimeUnit.SECONDS));
        for (int i = 1; i <= 10; i++) {
            assertEquals(2 * i, waiting.get(i - 1).get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, doubling.runs.size(), "one run for the first caller, one for the rest");
        assertEquals(List.of(0), doubling.runs.get(0));
        assertEquals(10, doubling.runs.get(1).size());
    }

    @Test
    void everyCallerIsAnsweredByARunThatBeganAfterItAsked() throws Exception {
        int threads = 16;
        AtomicInteger runsBegun = new AtomicInteger();
        SharedWork<Integer, Integer> work =
                new SharedWork<>(
                        inputs -> {
                            int run = runsBegun.incrementAndGet();
                            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
                            return Collections.nCopies(inputs.size(), run);
                        });
        CyclicBarrier together = new CyclicBarrier(threads);

        List<Future<Boolean>> fresh = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            fresh.add(
                    callers.submit(
                            () -> {
                                together.await(10, TimeUnit.SECONDS);
                                boolean allFresh = true;
                                for (int call = 0; call < 100; call++) {
                                    int begunBefore = runsBegun.get();
                                    allFresh &= work.run(call) > begunBefore;
                                }
                                return allFresh;
                            }));
        }

        for (Future<Boolean> caller : fresh) {
            assertTrue(caller.get(60, TimeUnit.SECONDS));
        }
        assertTrue(runsBegun.get() < threads * 100, "calls shared runs: " + runsBegun.get());
    }

    @Test
    void aFailedRunFailsItsCallersAndThoseWaitingForTheNextAndTheNextRunStillHappens()
            throws Exception {
        HeldRun held = new HeldRun(0);
        IllegalStateException failure = new IllegalStateException("the database is away");
        AtomicInteger runs = new AtomicInteger();
        SharedWork<Integer, Integer> work =
                new SharedWork<>(
                        inputs -> {
                            int run = runs.incrementAndGet();
                            held.holdIf(inputs);
                            if (run == 1) {
                                throw failure;
                            }
                            return inputs;
                        });

        Future<Integer> first = held.start(callers, work);
        List<Future<Integer>> waiting = queue(work, 1, 2);
        held.release();

        for (Future<Integer> failed : List.of(first, waiting.get(0), waiting.get(1))) {
            Exception thrown =
                    assertThrows(Exception.class, () -> failed.get(10, TimeUnit.SECONDS));
            assertSame(failure, thrown.getCause());
        }
        assertEquals(1, runs.get(), "those waiting were answered by the failure, at once");
        assertEquals(7, work.run(7));
        assertEquals(2, runs.get());
    }

    @Test
    void oneRunTakesAtMostItsShareAndTheRestWaitForTheNext() throws Exception {
        HeldRun held = new HeldRun(-1);
        Doubling doubling = new Doubling(held);
        SharedWork<Integer, Integer> work = new SharedWork<>(doubling);
        int many = SharedWork.MOST_PER_RUN + 5;

        Future<Integer> first = held.start(callers, work);
        List<Future<Integer>> waiting = queue(work, 0, many - 1);
        held.release();

        assertEquals(-2, first.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < many; i++) {
            assertEquals(2 * i, waiting.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(3, doubling.runs.size());
        assertEquals(SharedWork.MOST_PER_RUN, doubling.runs.get(1).size());
        assertEquals(5, doubling.runs.get(2).size());
    }

    /** Holds the run that takes {@code marker} until released, so that callers queue behind it. */
    private static final class HeldRun {
        private final int marker;
        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        HeldRun(int marker) {
            this.marker = marker;
        }

        /** Called by the work: holds the run here if it takes the marker. */
        void holdIf(List<Integer> inputs) {
            if (inputs.contains(marker)) {
                started.countDown();
                await(released);
            }
        }

        /** A caller of the marker, once its run is under way and held. */
        Future<Integer> start(ExecutorService callers, SharedWork<Integer, Integer> work)
                throws InterruptedException {
            Future<Integer> caller = callers.submit(() -> work.run(marker));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            return caller;
        }

        void release() {
            released.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Callers for the inputs {@code from} to {@code to}, once all of them wait for a run. */
    private List<Future<Integer>> queue(SharedWork<Integer, Integer> work, int from, int to)
            throws InterruptedException {
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            int input = i;
            waiting.add(callers.submit(() -> work.run(input)));
        }
        awaitWaiting(work, to - from + 1);
        return waiting;
    }

    private static void awaitWaiting(SharedWork<?, ?> work, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (work.waiting() < count) {
            assertTrue(System.nanoTime() < deadline, "callers did not arrive: " + work.waiting());
            Thread.sleep(1);
        }
    }
}
