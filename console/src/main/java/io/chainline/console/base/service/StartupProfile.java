package io.chainline.console.base.service;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up time goes, on demand: with {@code -Dchainline.startup-profile=true} Spring records every start-up
 * step (bean instantiation, configuration class parsing, runners) and, once ready, one line per step name and the
 * slowest beans by their own time (children excluded) are logged. Off by default: recording costs a little.
 * docs/performance.md ("Start-up") reads its output.
 */
public final class StartupProfile implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupProfile.class);
    private static final int TOP = 30;

    private final BufferingApplicationStartup startup;

    private StartupProfile(BufferingApplicationStartup startup) {
        this.startup = startup;
    }

    /** Switches recording on when the system property asks for it. */
    public static void install(SpringApplication application) {
        if (Boolean.getBoolean("chainline.startup-profile")) {
            BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
            application.setApplicationStartup(startup);
            application.addListeners(new StartupProfile(startup));
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Duration> childTime = new HashMap<>();
        for (TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                childTime.merge(parent, e.getDuration(), Duration::plus);
            }
        }
        Map<String, Duration> byName = new HashMap<>();
        for (TimelineEvent e : events) {
            byName.merge(e.getStartupStep().getName(), self(e, childTime), Duration::plus);
        }
        byName.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
                .forEach(n -> log.info(
                        "chainline.startup-profile step={} selfMs={}",
                        n.getKey(),
                        n.getValue().toMillis()));
        events.stream()
                .sorted(Comparator.comparing((TimelineEvent e) -> self(e, childTime))
                        .reversed())
                .limit(TOP)
                .forEach(e -> log.info(
                        "chainline.startup-profile slow step={} {} selfMs={} totalMs={}",
                        e.getStartupStep().getName(),
                        tags(e.getStartupStep()),
                        self(e, childTime).toMillis(),
                        e.getDuration().toMillis()));
    }

    private static Duration self(TimelineEvent e, Map<Long, Duration> childTime) {
        return e.getDuration().minus(childTime.getOrDefault(e.getStartupStep().getId(), Duration.ZERO));
    }

    private static String tags(StartupStep step) {
        return String.join(
                " ",
                StreamSupport.stream(step.getTags().spliterator(), false)
                        .map(t -> t.getKey() + "=" + t.getValue())
                        .toList());
    }
}
