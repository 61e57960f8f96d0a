package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.IfMatch;
import io.chainline.console.nfvo.service.NsInstanceService;
import io.chainline.console.nfvo.service.NsLcmService;
import io.chainline.console.nfvo.service.NsRequests;
import io.chainline.console.nfvo.service.OpOccService;
import io.chainline.console.nfvo.service.Sol005Views;
import io.chainline.console.nfvo.service.Tagged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * SOL005 NS lifecycle management (nslcm v2). Each task answers 202 with the Location of its operation occurrence,
 * which a client polls (or is notified of) until COMPLETED, FAILED_TEMP, FAILED or ROLLED_BACK.
 */
@RestController
@RequestMapping("/api/nslcm/v2")
@Tag(name = "SOL005 nslcm", description = "NS instances and their lifecycle operation occurrences")
class NsLcmController {

    private static final String OCCS = "/api/nslcm/v2/ns_lcm_op_occs/";

    private final NsInstanceService instances;
    private final NsLcmService lcm;
    private final OpOccService occurrences;
    private final Sol013Paging paging;

    NsLcmController(NsInstanceService instances, NsLcmService lcm, OpOccService occurrences, Sol013Paging paging) {
        this.instances = instances;
        this.lcm = lcm;
        this.occurrences = occurrences;
        this.paging = paging;
    }

    @GetMapping("/ns_instances")
    @Operation(
            summary =
                    "NS instances; SOL013 filter (e.g. (eq,nsState,INSTANTIATED)), paging; SOL013 attribute selectors (all_fields, fields, exclude_fields, exclude_default; none = exclude_default)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(array = @ArraySchema(schema = @Schema(implementation = Sol005Views.NsInstanceView.class))))
    ResponseEntity<List<JsonNode>> list(
            @RequestParam(required = false) String filter,
            @RequestParam(name = "nextpage_opaque_marker", required = false) String marker,
            HttpServletRequest request) {
        return paging.keyset(Sol005Views.NsInstanceView.class, instances::page, filter, marker, request);
    }

    @PostMapping("/ns_instances")
    @Operation(summary = "Create an NS instance (NOT_INSTANTIATED) of an onboarded NSD; nsName names its deployment")
    ResponseEntity<Sol005Views.NsInstanceView> create(@RequestBody NsRequests.CreateNsRequest request, Principal who) {
        Sol005Views.NsInstanceView created = instances.create(request, who.getName());
        return ResponseEntity.created(URI.create("/api/nslcm/v2/ns_instances/" + created.id()))
                .body(created);
    }

    @GetMapping("/ns_instances/{id}")
    @Operation(summary = "One NS instance; its ETag is what DELETE and the tasks may name in If-Match")
    ResponseEntity<Sol005Views.NsInstanceView> get(@PathVariable UUID id) {
        Tagged<Sol005Views.NsInstanceView> tagged = instances.tagged(id);
        return ResponseEntity.ok().eTag(tagged.etag()).body(tagged.body());
    }

    @DeleteMapping("/ns_instances/{id}")
    @Operation(summary = "Delete a NOT_INSTANTIATED NS instance")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        instances.delete(id, IfMatch.parse(ifMatch), who.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/ns_instances/{id}/instantiate")
    @Operation(summary = "Instantiate; additionalParamsForNs carries Chainline's deployment settings (targets…)")
    ResponseEntity<Void> instantiate(
            @PathVariable UUID id,
            @RequestBody NsRequests.InstantiateNsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        instances.requireUnchanged(id, IfMatch.parse(ifMatch));
        return accepted(lcm.instantiate(id, request, who.getName()));
    }

    @PostMapping("/ns_instances/{id}/scale")
    @Operation(summary = "Scale one VNF: scaleToLevelData (a level or aspect levels) or scaleByStepData")
    ResponseEntity<Void> scale(
            @PathVariable UUID id,
            @RequestBody NsRequests.ScaleNsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        instances.requireUnchanged(id, IfMatch.parse(ifMatch));
        return accepted(lcm.scale(id, request, who.getName()));
    }

    @PostMapping("/ns_instances/{id}/heal")
    @Operation(summary = "Heal one VNF (by its name) or workload (additionalParams.workload)")
    ResponseEntity<Void> heal(
            @PathVariable UUID id,
            @RequestBody NsRequests.HealNsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        instances.requireUnchanged(id, IfMatch.parse(ifMatch));
        return accepted(lcm.heal(id, request, who.getName()));
    }

    @PostMapping("/ns_instances/{id}/terminate")
    @Operation(summary = "Terminate: everything of the instance is removed; it is NOT_INSTANTIATED again")
    ResponseEntity<Void> terminate(
            @PathVariable UUID id,
            @RequestBody(required = false) NsRequests.TerminateNsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        instances.requireUnchanged(id, IfMatch.parse(ifMatch));
        return accepted(lcm.terminate(id, request, who.getName()));
    }

    @GetMapping("/ns_lcm_op_occs")
    @Operation(
            summary =
                    "Operation occurrences; SOL013 filter (e.g. (eq,operationState,PROCESSING)), paging"
                            + "; SOL013 attribute selectors (all_fields, fields, exclude_fields, exclude_default; none = exclude_default)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(array = @ArraySchema(schema = @Schema(implementation = Sol005Views.NsLcmOpOccView.class))))
    ResponseEntity<List<JsonNode>> occurrences(
            @RequestParam(required = false) String filter,
            @RequestParam(name = "nextpage_opaque_marker", required = false) String marker,
            HttpServletRequest request) {
        return paging.keyset(Sol005Views.NsLcmOpOccView.class, occurrences::page, filter, marker, request);
    }

    @GetMapping("/ns_lcm_op_occs/{id}")
    ResponseEntity<Sol005Views.NsLcmOpOccView> occurrence(@PathVariable UUID id) {
        Tagged<Sol005Views.NsLcmOpOccView> tagged = occurrences.tagged(id);
        return ResponseEntity.ok().eTag(tagged.etag()).body(tagged.body());
    }

    @PostMapping("/ns_lcm_op_occs/{id}/retry")
    @Operation(summary = "Run a FAILED_TEMP operation again from the step that failed")
    ResponseEntity<Void> retry(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        occurrences.requireUnchanged(id, IfMatch.parse(ifMatch));
        occurrences.retry(id, who.getName());
        return accepted(id);
    }

    @PostMapping("/ns_lcm_op_occs/{id}/fail")
    @Operation(summary = "Declare a FAILED_TEMP operation FAILED for good")
    Sol005Views.NsLcmOpOccView fail(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        occurrences.requireUnchanged(id, IfMatch.parse(ifMatch));
        occurrences.fail(id, who.getName());
        return occurrences.get(id);
    }

    @PostMapping("/ns_lcm_op_occs/{id}/cancel")
    @Operation(summary = "Cancel a running operation; it stops after its current step")
    ResponseEntity<Void> cancel(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        occurrences.requireUnchanged(id, IfMatch.parse(ifMatch));
        occurrences.cancel(id, who.getName());
        return accepted(id);
    }

    @PostMapping("/ns_lcm_op_occs/{id}/rollback")
    @Operation(summary = "Not offered: jobs roll back by their deployment's onFailure policy (409)")
    ResponseEntity<Void> rollback(@PathVariable UUID id) {
        occurrences.refuse(id, "rollback");
        return accepted(id);
    }

    @PostMapping("/ns_lcm_op_occs/{id}/continue")
    @Operation(summary = "Not offered: a Chainline job never waits for a client to continue (409)")
    ResponseEntity<Void> resume(@PathVariable UUID id) {
        occurrences.refuse(id, "continue");
        return accepted(id);
    }

    private static ResponseEntity<Void> accepted(UUID occurrence) {
        return ResponseEntity.accepted().location(URI.create(OCCS + occurrence)).build();
    }
}
