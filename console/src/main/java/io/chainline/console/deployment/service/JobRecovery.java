package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ConsoleInstance;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps jobs alive across console deaths: this console beats for the jobs it runs, and takes over any active job
 * whose console stopped beating (killed, crashed, its host gone). The claim is one conditional UPDATE, so of several
 * consoles exactly one takes a job.
 */
@Component
class JobRecovery {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);

    private final JobLedger ledger;
    private final JobRunner runner;
    private final ConsoleInstance instance;

    JobRecovery(JobLedger ledger, JobRunner runner, ConsoleInstance instance) {
        this.ledger = ledger;
        this.runner = runner;
        this.instance = instance;
    }

    @Scheduled(fixedDelayString = "${chainline.jobs.heartbeat:PT5S}", initialDelayString = "PT1S")
    void beat() {
        ledger.beat(instance.id());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        takeOver();
    }

    @Scheduled(fixedDelayString = "${chainline.jobs.heartbeat:PT5S}", initialDelayString = "PT5S")
    void takeOver() {
        for (UUID job : ledger.orphans(instance.id(), runner.staleAfter())) {
            log.info("chainline.job.take-over job={} by={}", job, instance.id());
            runner.submit(job);
        }
    }
}
