package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.IfMatch;
import io.chainline.console.nfvo.service.Sol005Views;
import io.chainline.console.nfvo.service.SubscriptionRequest;
import io.chainline.console.nfvo.service.SubscriptionService;
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
import org.springframework.http.HttpStatus;
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
 * The notification subscriptions of vnfpkgm, nsd, nslcm and nsfm. The callback is tested before the subscription is
 * stored; an equal subscription answers 303 with the existing one's location, as SOL005 asks. A subscription made on
 * a v1 API (SOL005 v2.6.1) is a v1 resource, notified in v2.6.1's shape.
 */
@RestController
@RequestMapping({
    "/api/vnfpkgm/v1/subscriptions",
    "/api/nsd/v1/subscriptions",
    "/api/nslcm/v1/subscriptions",
    "/api/vnfpkgm/v2/subscriptions",
    "/api/nsd/v2/subscriptions",
    "/api/nslcm/v2/subscriptions",
    "/api/nsfm/v1/subscriptions"
})
@Tag(
        name = "SOL005 subscriptions",
        description = "Webhook notifications, retried; BASIC, OAUTH2_CLIENT_CREDENTIALS or HMAC_SHA256 authenticated")
class SubscriptionsController {

    private final SubscriptionService subscriptions;
    private final Sol013Paging paging;

    SubscriptionsController(SubscriptionService subscriptions, Sol013Paging paging) {
        this.subscriptions = subscriptions;
        this.paging = paging;
    }

    @GetMapping
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            array =
                                    @ArraySchema(
                                            schema = @Schema(implementation = Sol005Views.SubscriptionView.class))))
    ResponseEntity<List<JsonNode>> list(
            @RequestParam(required = false) String filter,
            @RequestParam(name = "nextpage_opaque_marker", required = false) String marker,
            HttpServletRequest request) {
        return paging.keyset(
                Sol005Views.SubscriptionView.class,
                r -> subscriptions.page(api(request), version(request), r),
                filter,
                marker,
                request);
    }

    @PostMapping
    @Operation(
            summary = "Subscribe a callback, tested first with a GET that must answer 204 (422 otherwise, nothing"
                    + " created); authType BASIC, OAUTH2_CLIENT_CREDENTIALS or HMAC_SHA256")
    ResponseEntity<Sol005Views.SubscriptionView> create(
            @RequestBody SubscriptionRequest body, Principal who, HttpServletRequest request) {
        SubscriptionService.Created created = subscriptions.create(api(request), version(request), body, who.getName());
        URI location =
                URI.create(collection(request) + "/" + created.subscription().id());
        if (created.existed()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(location)
                    .build();
        }
        return ResponseEntity.created(location).body(created.subscription());
    }

    @GetMapping("/{id}")
    ResponseEntity<Sol005Views.SubscriptionView> get(@PathVariable UUID id, HttpServletRequest request) {
        Tagged<Sol005Views.SubscriptionView> tagged = subscriptions.tagged(api(request), version(request), id);
        return ResponseEntity.ok().eTag(tagged.etag()).body(tagged.body());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who,
            HttpServletRequest request) {
        subscriptions.delete(api(request), version(request), id, IfMatch.parse(ifMatch), who.getName());
        return ResponseEntity.noContent().build();
    }

    /** vnfpkgm, nsd, nslcm or nsfm, from the path the request came by. */
    private static String api(HttpServletRequest request) {
        return segment(request, 2);
    }

    /** v1 or v2, from the path the request came by. */
    private static String version(HttpServletRequest request) {
        return segment(request, 3);
    }

    private static String segment(HttpServletRequest request, int index) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.split("/")[index];
    }

    private static String collection(HttpServletRequest request) {
        return SubscriptionService.collection(api(request), version(request));
    }
}
