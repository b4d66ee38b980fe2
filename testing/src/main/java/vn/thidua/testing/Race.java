package vn.thidua.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Real concurrency for race tests: {@code n} threads that each make one call, released together by a
 * {@link CountDownLatch} once all are ready; answers the HTTP status of every call.
 */
public final class Race {

    private Race() {
    }

    /** Runs {@code call} on {@code n} threads at once; the statuses in thread order. */
    public static List<Integer> run(int n, IntSupplier call) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.getAsInt();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the racers did not all start");
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException("race failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many calls answered each status: {200=1, 412=7}. */
    public static Map<Integer, Long> count(List<Integer> statuses) {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach(status -> counts.merge(status, 1L, Long::sum));
        return counts;
    }
}
