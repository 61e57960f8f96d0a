package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import io.chainline.connector.api.ChangeSignal;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.ResourceRef;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The engine's event stream (docker and podman alike), narrowed to what Chainline owns: containers and Swarm services
 * carrying the {@link Ownership#MANAGED_BY} label that die, stop, are removed, run out of memory, change health or
 * start again. The label is checked on our side as well, since engines differ in which filters they honour.
 */
final class DockerEvents {

    /** What makes a workload's state change; attach, exec and the like do not. */
    static final Set<String> ACTIONS =
            Set.of("die", "destroy", "remove", "oom", "kill", "stop", "start", "restart", "health_status", "update");

    private DockerEvents() {}

    static Connector.Watch open(DockerClient docker, Consumer<ChangeSignal> onChange) {
        AtomicBoolean closing = new AtomicBoolean();
        ResultCallback.Adapter<Event> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Event event) {
                signal(event).ifPresent(onChange);
            }

            @Override
            public void onError(Throwable failure) {
                if (!closing.get()) {
                    onChange.accept(ChangeSignal.lost("the event stream failed: " + failure.getMessage()));
                }
            }

            @Override
            public void onComplete() {
                if (!closing.get()) {
                    onChange.accept(ChangeSignal.lost("the engine ended the event stream"));
                }
            }
        };
        docker.eventsCmd()
                .withLabelFilter(Map.of(Ownership.MANAGED_BY, Ownership.MANAGER))
                .exec(callback);
        return () -> {
            closing.set(true);
            try {
                callback.close();
            } catch (IOException e) {
                // the stream is going away either way
            }
        };
    }

    /** The signal an event carries, if it is about something Chainline owns and changes its state. */
    static Optional<ChangeSignal> signal(Event event) {
        if (event.getType() != EventType.CONTAINER && event.getType() != EventType.SERVICE) {
            return Optional.empty();
        }
        String action = Optional.ofNullable(event.getAction())
                .or(() -> Optional.ofNullable(event.getStatus()))
                .orElse("");
        // docker says "health_status: unhealthy"
        String verb = action.contains(":") ? action.substring(0, action.indexOf(':')) : action;
        Map<String, String> attributes =
                event.getActor() == null || event.getActor().getAttributes() == null
                        ? Map.of()
                        : event.getActor().getAttributes();
        String deployment = attributes.get(Ownership.DEPLOYMENT);
        if (deployment == null || !ACTIONS.contains(verb.trim())) {
            return Optional.empty();
        }
        String kind = event.getType() == EventType.SERVICE ? "service" : "container";
        String name = Optional.ofNullable(attributes.get("name")).orElse(String.valueOf(event.getId()));
        return Optional.of(ChangeSignal.of(
                deployment, ChangeSignal.workload(attributes), new ResourceRef(kind, "", name), action));
    }
}
