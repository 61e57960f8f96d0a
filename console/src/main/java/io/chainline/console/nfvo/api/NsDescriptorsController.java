package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.IfMatch;
import io.chainline.console.nfvo.service.NsdService;
import io.chainline.console.nfvo.service.Sol005Views;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** SOL005 NSD management (nsd v2): onboarding NS descriptors into the chain designer. */
@RestController
@RequestMapping("/api/nsd/v2/ns_descriptors")
@Tag(name = "SOL005 nsd", description = "NS descriptors: create, upload the NSD (YAML or CSAR), follow onboarding")
class NsDescriptorsController extends OnboardingController<Sol005Views.NsdInfoView> {

    static final String COLLECTION = "/api/nsd/v2/ns_descriptors";

    private final NsdService nsds;

    NsDescriptorsController(NsdService nsds, Sol013Paging paging) {
        super(nsds, paging, COLLECTION, Sol005Views.NsdInfoView.class);
        this.nsds = nsds;
    }

    @GetMapping
    @Operation(
            summary =
                    "Every resource, oldest first; SOL013 filter (e.g. (eq,onboardingState,ONBOARDED)), paging"
                            + "; SOL013 attribute selectors (all_fields, fields, exclude_fields, exclude_default; none = exclude_default)")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Sol005Views.NsdInfoView.class))))
    ResponseEntity<List<JsonNode>> list(
            @RequestParam(required = false) String filter,
            @RequestParam(name = "nextpage_opaque_marker", required = false) String marker,
            HttpServletRequest request) {
        return page(filter, marker, request);
    }

    @Override
    UUID id(Sol005Views.NsdInfoView resource) {
        return resource.id();
    }

    @PutMapping(path = "/{id}/nsd_content", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the NSD (YAML or CSAR) as multipart 'file'; 202, onboarding continues")
    ResponseEntity<Void> uploadFile(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        nsds.upload(id, IfMatch.parse(ifMatch), Uploads.name(file, id + ".yaml"), Uploads.file(file), who.getName());
        return ResponseEntity.accepted().build();
    }

    @PutMapping(
            path = "/{id}/nsd_content",
            consumes = {
                "application/zip",
                "application/yaml",
                MediaType.TEXT_PLAIN_VALUE,
                MediaType.APPLICATION_OCTET_STREAM_VALUE
            })
    @Operation(summary = "Upload the NSD as the request body (text/plain YAML, or application/zip CSAR); 202")
    ResponseEntity<Void> uploadBody(
            @PathVariable UUID id,
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        String type = String.valueOf(request.getContentType());
        String name = id + (type.startsWith("application/zip") ? ".csar" : ".yaml");
        nsds.upload(id, IfMatch.parse(ifMatch), name, Uploads.body(request), who.getName());
        return ResponseEntity.accepted().build();
    }

    @GetMapping(
            path = "/{id}/nsd_content",
            produces = {MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/zip", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "The NSD as uploaded (octet-stream), as its YAML alone (text/plain) or as a ZIP of the YAML and"
                    + " its imports (application/zip), as the Accept header asks; a single Range answers 206")
    ResponseEntity<?> content(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        return DescriptorZip.content(
                accept,
                range,
                new DescriptorZip.Forms(
                        () -> nsds.nsd(id),
                        () -> nsds.nsdFiles(id).files(),
                        () -> nsds.content(id),
                        nsds.contentName(id).orElse(id + ".yaml"),
                        id + "-nsd.zip"));
    }

    @GetMapping(path = "/{id}/nsd", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The NSD as one SOL001 YAML file")
    String nsd(@PathVariable UUID id) {
        return nsds.nsd(id);
    }
}
