package io.chainline.console.deployment.view;

import com.vaadin.flow.component.html.Span;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.StepState;
import io.chainline.console.deployment.service.LiveStatus;
import java.util.Locale;

/** States as Lumo badges, with {@code data-state} for tests and CSS. */
final class Badges {

    private Badges() {}

    static Span of(DeploymentState state) {
        return badge(
                state.name(),
                switch (state) {
                    case INSTANTIATED -> "success";
                    case FAILED -> "error";
                    case INSTANTIATING, TERMINATING -> "";
                    case NOT_INSTANTIATED, TERMINATED -> "contrast";
                });
    }

    static Span of(JobState state) {
        return badge(
                state.name(),
                switch (state) {
                    case COMPLETED -> "success";
                    case FAILED, ROLLED_BACK -> "error";
                    case CANCELLED -> "contrast";
                    case QUEUED, RUNNING, ROLLING_BACK -> "";
                });
    }

    static Span of(StepState state) {
        return badge(
                state.name(),
                switch (state) {
                    case DONE -> "success";
                    case FAILED -> "error";
                    case PENDING, SKIPPED, UNDONE -> "contrast";
                    case RUNNING -> "";
                });
    }

    static Span of(LiveStatus.State state) {
        return badge(
                state.name(),
                switch (state) {
                    case READY -> "success";
                    case FAILED, ABSENT -> "error";
                    case PENDING, PROGRESSING -> "";
                });
    }

    private static Span badge(String name, String theme) {
        Span badge = new Span(name.toLowerCase(Locale.ROOT).replace('_', ' '));
        badge.getElement().getThemeList().add(("badge " + theme).trim());
        badge.getElement().setAttribute("data-state", name);
        return badge;
    }
}
