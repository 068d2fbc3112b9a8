package org.hybridplanner.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hybridplanner.app.FactoryExports;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.factoryimport.FactoryImporter;
import org.junit.jupiter.api.Test;

/** The import's concurrency limit holds under a burst: at most the limit run at once, the rest are refused busy. */
class FactoryImportServiceTest {
    private static final FactoryImporter IMPORTER = new FactoryImporter(RecommendationEngine.standard().catalog());

    @Test
    void anImportThatFindsNoFreePlaceIsRefusedAsBusy() {
        FactoryImportService full = new FactoryImportService(IMPORTER, null, new Semaphore(0), 50);

        assertThatThrownBy(() -> full.read("x.zip", FactoryExports.templateZip()))
                .isInstanceOf(FactoryImportService.ImportBusyException.class)
                .hasMessage("Too many imports are running; try again in a few seconds");
    }

    /** Counts how many hold a place at once. */
    private static final class CountingPlaces extends Semaphore {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        CountingPlaces(int permits) {
            super(permits, true);
        }

        @Override
        public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
            boolean entered = super.tryAcquire(timeout, unit);
            if (entered) {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            }
            return entered;
        }

        @Override
        public void release() {
            inside.decrementAndGet();
            super.release();
        }
    }

    @Test
    void aBurstOfImportsNeverRunsMoreThanTheLimitAtOnceAndEveryPlaceIsGivenBack() throws Exception {
        CountingPlaces places = new CountingPlaces(2);
        FactoryImportService service = new FactoryImportService(IMPORTER, null, places, 30_000);
        int requests = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return service.read("burst.zip", FactoryExports.templateZip()).plan().dataFactory().name();
            }));
        }
        start.countDown();
        for (Future<String> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo("fabrikam-adf");
        }
        pool.shutdown();

        assertThat(places.most.get()).isBetween(1, 2);
        assertThat(places.availablePermits()).isEqualTo(2);
    }

    @Test
    void aRefusedImportGivesItsPlaceBack() {
        Semaphore places = new Semaphore(1);
        FactoryImportService service = new FactoryImportService(IMPORTER, null, places, 50);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> service.read("bad.zip", new byte[] {'P', 'K', 3, 4, 1}))
                    .hasMessageStartingWith("bad.zip: not a readable zip");
        }
        assertThat(places.availablePermits()).isEqualTo(1);
    }
}
