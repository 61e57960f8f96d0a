package io.chainline.console.nfvo.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SOL005 nsfm resources as the API and the notifications show them, with SOL005's attribute names. */
public final class NsfmViews {

    private NsfmViews() {}

    /**
     * SOL005 ResourceHandle of the faulty resource.
     *
     * @param vimConnectionId the target it runs on, when known
     * @param resourceId Chainline's name of it (the workload, NF, link, node, job…)
     * @param vimLevelResourceType Chainline's kind of it: {@code workload}, {@code nf}, {@code link}, {@code node}…
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResourceHandle(String vimConnectionId, String resourceId, String vimLevelResourceType) {}

    /** SOL005 FaultyResourceInfo: {@code faultyResourceType} is COMPUTE, STORAGE or NETWORK. */
    public record FaultyResourceInfo(ResourceHandle faultyResource, String faultyResourceType) {}

    /**
     * SOL005 Alarm. {@code managedObjectId} is the NS instance's id when the deployment was instantiated through
     * SOL005 nslcm, otherwise the Chainline deployment's (or target's, schedule's…) id.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlarmView(
            UUID id,
            UUID managedObjectId,
            FaultyResourceInfo rootCauseFaultyResource,
            Instant alarmRaisedTime,
            Instant alarmChangedTime,
            Instant alarmClearedTime,
            Instant alarmAcknowledgedTime,
            String ackState,
            String perceivedSeverity,
            Instant eventTime,
            String eventType,
            String faultType,
            String probableCause,
            @JsonProperty("isRootCause") boolean isRootCause,
            List<UUID> correlatedAlarmIds,
            List<String> faultDetails,
            @JsonProperty("_links") Map<String, Sol005Views.Link> links) {}

    /** An alarm as the API answers it, with its version for the ETag. */
    public record Versioned(AlarmView alarm, long version) {}

    /** SOL005 AlarmModifications: what a PATCH changed, and the alarm's version after it (the new ETag). */
    public record Modified(String ackState, long version) {}
}
