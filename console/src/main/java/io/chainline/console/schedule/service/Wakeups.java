package io.chainline.console.schedule.service;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's side of a schedule: one execution per schedule, named by its id, that wakes a console when the
 * schedule is due. An execution being run cannot be moved; the firing then reads the schedule again and sets the
 * next wake-up itself, so a failed move is retried briefly and otherwise left to it.
 */
class Wakeups {

    static final String TASK = "job-schedule";

    private static final Logger log = LoggerFactory.getLogger(Wakeups.class);

    private final SchedulerClient client;

    Wakeups(SchedulerClient client) {
        this.client = client;
    }

    void wake(UUID scheduleId, Instant at) {
        if (!tryWake(scheduleId, at)) {
            Thread.ofVirtual().name("wake-" + scheduleId).start(() -> {
                for (int attempt = 0; attempt < 5; attempt++) {
                    sleep();
                    if (tryWake(scheduleId, at)) {
                        return;
                    }
                }
                log.info(
                        "Schedule {}: its execution stayed busy; the running firing sets the next wake-up", scheduleId);
            });
        }
    }

    private boolean tryWake(UUID scheduleId, Instant at) {
        try {
            client.schedule(
                    new TaskInstance<Void>(TASK, scheduleId.toString()),
                    at,
                    SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
            return true;
        } catch (RuntimeException picked) {
            return false;
        }
    }

    void cancel(UUID scheduleId) {
        try {
            client.cancel(TaskInstanceId.of(TASK, scheduleId.toString()));
        } catch (RuntimeException goneOrRunning) {
            // nothing to cancel, or it runs now and will find the schedule gone or paused
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
