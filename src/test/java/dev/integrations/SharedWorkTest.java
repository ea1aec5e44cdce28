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

    /** Work that answers each input doubled and keeps the inputs of every run. */
    private static final class Doubling implements Function<List<Integer>, List<Integer>> {
        final List<List<Integer>> runs = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<Integer> apply(List<Integer> inputs) {
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
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRun = new CountDownLatch(1);
        Doubling doubling = new Doubling();
        SharedWork<Integer, Integer> work =
                new SharedWork<>(
                        inputs -> {
                            if (inputs.contains(0)) {
                                firstRunStarted.countDown();
                                await(releaseFirstRun);
                            }
                            return doubling.apply(inputs);
                        });

        Future<Integer> first = callers.submit(() -> work.run(0));
        assertTrue(firstRunStarted.await(10, TimeUnit.SECONDS));
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int input = i;
            waiting.add(callers.submit(() -> work.run(input)));
        }
        awaitWaiting(work, 10);
        releaseFirstRun.countDown();

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
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRun = new CountDownLatch(1);
        IllegalStateException failure = new IllegalStateException("the database is away");
        AtomicInteger runs = new AtomicInteger();
        SharedWork<Integer, Integer> work =
                new SharedWork<>(
                        inputs -> {
                            int run = runs.incrementAndGet();
                            if (run == 1) {
                                firstRunStarted.countDown();
                                await(releaseFirstRun);
                            }
                            if (run == 1) {
                                throw failure;
                            }
                            return inputs;
                        });

        Future<Integer> first = callers.submit(() -> work.run(0));
        assertTrue(firstRunStarted.await(10, TimeUnit.SECONDS));
        Future<Integer> second = callers.submit(() -> work.run(1));
        Future<Integer> third = callers.submit(() -> work.run(2));
        awaitWaiting(work, 2);
        releaseFirstRun.countDown();

        for (Future<Integer> failed : List.of(first, second, third)) {
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
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRun = new CountDownLatch(1);
        Doubling doubling = new Doubling();
        SharedWork<Integer, Integer> work =
                new SharedWork<>(
                        inputs -> {
                            if (inputs.contains(-1)) {
                                firstRunStarted.countDown();
                                await(releaseFirstRun);
                            }
                            return doubling.apply(inputs);
                        });
        int many = SharedWork.MOST_PER_RUN + 5;

        Future<Integer> first = callers.submit(() -> work.run(-1));
        assertTrue(firstRunStarted.await(10, TimeUnit.SECONDS));
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 0; i < many; i++) {
            int input = i;
            waiting.add(callers.submit(() -> work.run(input)));
        }
        awaitWaiting(work, many);
        releaseFirstRun.countDown();

        assertEquals(-2, first.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < many; i++) {
            assertEquals(2 * i, waiting.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(3, doubling.runs.size());
        assertEquals(SharedWork.MOST_PER_RUN, doubling.runs.get(1).size());
        assertEquals(5, doubling.runs.get(2).size());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void awaitWaiting(SharedWork<?, ?> work, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (work.waiting() < count) {
            assertTrue(System.nanoTime() < deadline, "callers did not arrive: " + work.waiting());
            Thread.sleep(1);
        }
    }
}
