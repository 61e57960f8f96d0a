package io.chainline.console.nfvo.api;

import io.chainline.console.base.api.ETags;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.nfvo.service.NsfmAlarms;
import io.chainline.console.nfvo.service.NsfmViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * SOL005 NS fault management (nsfm v1): the alarms the console raised (active and cleared), acknowledged with a JSON
 * merge patch under If-Match. Subscriptions are in {@link SubscriptionsController} under {@code /api/nsfm/v1}.
 */
@RestController
@RequestMapping(NsfmAlarms.COLLECTION)
@Tag(name = "SOL005 nsfm", description = "Alarms on NS instances and Chainline's deployments and targets")
class NsfmController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final NsfmAlarms alarms;
    private final Sol013Paging paging;

    NsfmController(NsfmAlarms alarms, Sol013Paging paging) {
        this.alarms = alarms;
        this.paging = paging;
    }

    /** SOL005 AlarmModifications; {@code comment} is Chainline's addition, kept with an acknowledgement. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record AlarmModifications(String ackState, String comment) {}

    @GetMapping
    @Operation(
            summary = "Alarms, active and cleared, newest first; SOL013 filter (e.g. (eq,perceivedSeverity,CRITICAL);"
                    + "(eq,ackState,UNACKNOWLEDGED)) and paging")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = NsfmViews.AlarmView.class))))
    ResponseEntity<List<JsonNode>> list(
            @RequestParam(required = false) String filter,
            @RequestParam(name = "nextpage_opaque_marker", required = false) String marker,
            HttpServletRequest request) {
        return paging.page(NsfmViews.AlarmView.class, alarms::list, filter, marker, request);
    }

    @GetMapping("/{alarmId}")
    @Operation(summary = "One alarm; its ETag is what a PATCH names in If-Match")
    ResponseEntity<NsfmViews.AlarmView> get(@PathVariable String alarmId) {
        NsfmViews.Versioned alarm = alarms.get(alarmId);
        return ResponseEntity.ok().eTag(ETags.of(alarm.version())).body(alarm.alarm());
    }

    @PatchMapping(
            path = "/{alarmId}",
            consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Acknowledge or unacknowledge: {\"ackState\":\"ACKNOWLEDGED\"}; 412 when If-Match is stale, 409"
                    + " when it already is in that state")
    ResponseEntity<?> modify(
            @PathVariable String alarmId,
            @RequestBody AlarmModifications body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        OptionalLong expected = ETags.expected(ifMatch);
        try {
            NsfmViews.Modified modified =
                    alarms.modify(alarmId, body.ackState(), body.comment(), expected, who.getName());
            return ResponseEntity.ok()
                    .eTag(ETags.of(modified.version()))
                    .body(new AlarmModifications(modified.ackState(), null));
        } catch (ChainlineException e) {
            if (!"ALARM-CHANGED".equals(e.code())) {
                throw e;
            }
            // SOL005 answers a stale If-Match with 412, not the 409 a changed resource gets elsewhere
            return ETags.preconditionFailed(e);
        }
    }
}
