package io.chainline.console.schedule.service;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.Waiter;
import com.github.kagkarlsson.scheduler.serializer.JavaSerializer;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.chainline.console.base.service.ConsoleInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler on the console's database (ADR 0017): each replica polls {@code scheduled_tasks}, picks a due execution
 * with an optimistic update only one replica wins, heartbeats it while it runs, and revives executions whose replica
 * stopped heartbeating. Its clock is the console's, so tests that move time move the scheduler too.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    CustomTask<Void> scheduleTask(ScheduleFiring firing) {
        return Tasks.custom(Wakeups.TASK, Void.class)
                .onDeadExecutionRevive()
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
                .execute((instance, context) -> {
                    Optional<Instant> next = firing.fire(UUID.fromString(instance.getId()));
                    return next.<CompletionHandler<Void>>map(at -> (complete, ops) -> ops.reschedule(complete, at))
                            .orElseGet(CompletionHandler.OnCompleteRemove::new);
                });
    }

    @Bean(destroyMethod = "stop")
    Scheduler dbScheduler(
            DataSource dataSource,
            CustomTask<Void> scheduleTask,
            Clock clock,
            ConsoleInstance instance,
            @Value("${chainline.schedules.poll-interval:PT5S}") Duration poll,
            @Value("${chainline.schedules.heartbeat:PT10S}") Duration heartbeat) {
        return new PollingInRealTime(dataSource, scheduleTask)
                .clock(clock::instant)
                .schedulerName(new SchedulerName.Fixed(instance.id()))
                .serializer(new JavaSerializer())
                .threads(4)
                .pollingInterval(poll)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(4)
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(20))
                .build();
    }

    /**
     * What is due follows the console's clock, but the pause between two polls is real time: db-scheduler's waiter
     * otherwise sleeps until a deadline on the console's clock, and a clock set back (a test putting time back) would
     * leave it asleep until the old time came round again.
     */
    private static final class PollingInRealTime extends SchedulerBuilder {
        PollingInRealTime(DataSource dataSource, CustomTask<Void> task) {
            super(dataSource, List.of(task));
        }

        @Override
        protected Waiter buildWaiter() {
            return new Waiter(poolingInterval, new SystemClock());
        }
    }

    @Bean
    Wakeups wakeups(Scheduler dbScheduler) {
        return new Wakeups(dbScheduler);
    }

    /**
     * Starts the scheduler once the context (and Flyway's migration) is complete. Stopping the context's lifecycle
     * pauses it (Spring may start the context again, as its test context cache does); the bean's destruction stops it
     * for good. {@code chainline.schedules.enabled=false} keeps a replica from firing (it still schedules).
     */
    @Bean
    SmartLifecycle dbSchedulerLifecycle(
            Scheduler dbScheduler, @Value("${chainline.schedules.enabled:true}") boolean enabled) {
        return new SmartLifecycle() {
            private volatile boolean running;
            private volatile boolean started;

            @Override
            public void start() {
                if (enabled && !started) {
                    dbScheduler.start();
                    started = true;
                } else if (enabled) {
                    dbScheduler.resume();
                }
                running = true;
            }

            @Override
            public void stop() {
                if (enabled && started) {
                    dbScheduler.pause();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
