package briefs.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadyTest {
    @Test
    void theFirstToNeedWorkNoThreadHasBegunMakesItOnceAndEveryoneGetsTheSameValue() throws Exception {
        // Keep the pool's threads busy so the work is still waiting when it is asked for.
        int threads = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertTrue(busy.await(10, TimeUnit.SECONDS));
        AtomicInteger made = new AtomicInteger();
        Set<String> by = ConcurrentHashMap.newKeySet();
        Ready<Object> ready = Ready.begin(() -> {
            made.incrementAndGet();
            by.add(Thread.currentThread().getName());
            return new Object();
        });
        Object value = ready.value();
        release.countDown();
        assertSame(value, ready.value());
        assertEquals(1, made.get());
        assertEquals(Set.of(Thread.currentThread().getName()), by);
    }

    @Test
    void aFailureIsRethrownAsItWas() {
        BadInputException bad = new BadInputException(new Problem("brief.ftlx", "line 3", "is broken"));
        Ready<Object> ready = Ready.begin(() -> {
            throw bad;
        });
        assertSame(bad, assertThrows(BadInputException.class, ready::value));
        assertSame(bad, assertThrows(BadInputException.class, ready::value));
    }

    @Test
    void anInterruptWhileWaitingIsKeptForTheCaller() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Ready<String> ready = Ready.begin(() -> {
            started.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "made";
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread.currentThread().interrupt();
        new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finish.countDown();
        }).start();
        assertEquals("made", ready.value());
        assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
    }
}
