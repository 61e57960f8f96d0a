package io.chainline.console.nfvo.service;

import io.chainline.console.audit.service.AuditLog;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The threads onboarding runs on: two, so one large package never blocks every other upload. Not an
 * {@code Executor} bean, which would make Spring Boot drop its own application task executor.
 */
@Configuration
class OnboardingConfiguration {

    /** Owns the pool, so the context's shutdown ends it (after the uploads in hand, for up to 30 s). */
    static final class Threads implements AutoCloseable {
        final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "onboarding");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public void close() throws InterruptedException {
            pool.shutdown();
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Bean
    Threads onboardingThreads() {
        return new Threads();
    }

    @Bean
    Onboarding.Deps onboardingDeps(
            ContentStore content,
            PackageFetcher fetcher,
            AuditLog audit,
            Notifications notifications,
            OnboardingMetrics metrics,
            Threads threads,
            TransactionTemplate tx,
            Clock clock,
            OnboardingLease lease,
            KeysetPages pages) {
        return new Onboarding.Deps(
                content, fetcher, audit, notifications, metrics, threads.pool, tx, clock, lease, pages);
    }
}
