package io.chainline.console.nfvo.service;

import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmActions;
import io.chainline.console.alarm.service.AlarmFilter;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.domain.NsInstanceRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SOL005 nsfm's alarms over the alarm module (ADR 28): read as SOL005 Alarms, acknowledged and unacknowledged. An
 * alarm on a deployment instantiated through nslcm is shown on its NS instance (managedObjectId and objectInstance).
 */
@Service
public class NsfmAlarms {

    public static final String API = "nsfm";
    public static final String COLLECTION = "/api/nsfm/v1/alarms";

    /** The newest alarms a list reads (active and cleared); older history is in the console's own alarm API. */
    static final int LIST_LIMIT = 10_000;

    private final AlarmQueries queries;
    private final AlarmActions actions;
    private final NsInstanceRepository instances;
    private final TransactionTemplate tx;

    NsfmAlarms(AlarmQueries queries, AlarmActions actions, NsInstanceRepository instances, TransactionTemplate tx) {
        this.queries = queries;
        this.actions = actions;
        this.instances = instances;
        this.tx = tx;
    }

    /** Active and cleared alarms, newest raised first. */
    public List<NsfmViews.AlarmView> list() {
        return views(queries.list(AlarmFilter.any(), LIST_LIMIT));
    }

    public NsfmViews.Versioned get(String id) {
        Alarm alarm = load(id);
        return new NsfmViews.Versioned(views(List.of(alarm)).getFirst(), alarm.getVersion());
    }

    /** The alarm as notifications carry it. */
    NsfmViews.AlarmView view(Alarm alarm) {
        return views(List.of(alarm)).getFirst();
    }

    /**
     * SOL005 PATCH: acknowledges or unacknowledges, checking {@code expectedVersion} (If-Match) when given.
     *
     * @param comment Chainline's addition: why (kept with the acknowledgement and in the audit log)
     */
    public NsfmViews.Modified modify(
            String id, String ackState, String comment, OptionalLong expectedVersion, String actor) {
        UUID alarmId = load(id).getId();
        Alarm changed = switch (ackState(ackState)) {
            case ACKNOWLEDGED -> actions.acknowledge(alarmId, comment, expectedVersion, actor);
            case UNACKNOWLEDGED -> actions.unacknowledge(alarmId, expectedVersion, actor);
        };
        return new NsfmViews.Modified(changed.getAckState().name(), changed.getVersion());
    }

    private static AckState ackState(String asked) {
        if (asked == null) {
            throw new ChainlineException(
                    "ALARM-MODIFICATIONS-EMPTY",
                    Category.INVALID,
                    "Send {\"ackState\":\"ACKNOWLEDGED\"} or {\"ackState\":\"UNACKNOWLEDGED\"}.");
        }
        try {
            return AckState.valueOf(asked);
        } catch (IllegalArgumentException e) {
            throw new ChainlineException(
                    "ALARM-ACK-STATE-INVALID",
                    Category.INVALID,
                    "ackState is ACKNOWLEDGED or UNACKNOWLEDGED; got " + asked + ".",
                    e);
        }
    }

    private Alarm load(String id) {
        try {
            return queries.find(UUID.fromString(id)).orElseThrow(() -> notFound(id));
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static ChainlineException notFound(String id) {
        return new ChainlineException("ALARM-NOT-FOUND", Category.NOT_FOUND, "No alarm has id " + id + ".");
    }

    private List<NsfmViews.AlarmView> views(Collection<Alarm> alarms) {
        Map<UUID, UUID> nsByDeployment = nsByDeployment();
        Map<UUID, List<UUID>> correlated = queries.correlated(alarms);
        return alarms.stream()
                .map(a -> view(a, nsByDeployment, correlated.getOrDefault(a.getId(), List.of())))
                .toList();
    }

    /** The NS instance of each deployment instantiated through nslcm. */
    private Map<UUID, UUID> nsByDeployment() {
        Map<UUID, UUID> map = new HashMap<>();
        tx.executeWithoutResult(s ->
                instances.findAll().forEach(ns -> ns.getDeploymentId().ifPresent(d -> map.put(d, ns.getId()))));
        return map;
    }

    private static NsfmViews.AlarmView view(Alarm a, Map<UUID, UUID> nsByDeployment, List<UUID> correlated) {
        Fault.ManagedObject object = a.getManagedObject();
        UUID ns = object.kind() == Fault.ManagedObject.Kind.DEPLOYMENT ? nsByDeployment.get(object.id()) : null;
        Map<String, Sol005Views.Link> links = new LinkedHashMap<>();
        links.put("self", new Sol005Views.Link(COLLECTION + "/" + a.getId()));
        objectInstance(object, ns).ifPresent(href -> links.put("objectInstance", new Sol005Views.Link(href)));
        Fault.Resource resource = a.getResource();
        return new NsfmViews.AlarmView(
                a.getId(),
                ns != null ? ns : object.id(),
                new NsfmViews.FaultyResourceInfo(
                        new NsfmViews.ResourceHandle(
                                resource.targetId() == null
                                        ? null
                                        : resource.targetId().toString(),
                                resource.name(),
                                resource.kind().name().toLowerCase(java.util.Locale.ROOT)),
                        resource.kind() == Fault.Resource.Kind.LINK ? "NETWORK" : "COMPUTE"),
                a.getRaisedAt(),
                a.getChangedAt(),
                a.getClearedAt().orElse(null),
                a.getAckAt().orElse(null),
                a.getAckState().name(),
                a.getPerceivedSeverity().name(),
                a.getRaisedAt(),
                a.getEventType().name(),
                a.getScope().source(),
                a.getProbableCause(),
                a.isRootCause(),
                correlated,
                a.getFaultDetails().isBlank() ? List.of() : List.of(a.getFaultDetails()),
                links);
    }

    /** The resource the alarm is on: the NS instance, else the Chainline deployment, target or schedule. */
    private static java.util.Optional<String> objectInstance(Fault.ManagedObject object, UUID ns) {
        if (ns != null) {
            return java.util.Optional.of("/api/nslcm/v2/ns_instances/" + ns);
        }
        return switch (object.kind()) {
            case DEPLOYMENT -> java.util.Optional.of("/api/v1/deployments/" + object.id());
            case TARGET -> java.util.Optional.of("/api/v1/fleet/targets/" + object.id());
            case SCHEDULE -> java.util.Optional.of("/api/v1/schedules/" + object.id());
            case SUBSCRIPTION, EXTERNAL -> java.util.Optional.empty();
        };
    }
}
