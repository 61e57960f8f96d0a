package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.IfMatch;
import io.chainline.console.nfvo.service.PnfdInfoView;
import io.chainline.console.nfvo.service.PnfdService;
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

/**
 * SOL005 PNFD management (nsd v2 pnf_descriptors): onboarding PNF descriptors into the catalog, with the NSDs' state
 * machine; PATCH takes userDefinedData only (a PNFD has no operational state).
 */
@RestController
@RequestMapping(PnfDescriptorsController.COLLECTION)
@Tag(name = "SOL005 nsd", description = "NS descriptors: create, upload the NSD (YAML or CSAR), follow onboarding")
class PnfDescriptorsController extends OnboardingController<PnfdInfoView> {

    static final String COLLECTION = "/api/nsd/v2/pnf_descriptors";

    private final PnfdService pnfds;

    PnfDescriptorsController(PnfdService pnfds, Sol013Paging paging) {
        super(pnfds, paging, COLLECTION, PnfdInfoView.class);
        this.pnfds = pnfds;
    }

    @GetMapping
    @Operation(
            summary = "Every PNF descriptor resource, oldest first; SOL013 filter (e.g. (eq,pnfdOnboardingState,"
                    + "ONBOARDED)), paging; SOL013 attribute selectors (all_fields, fields, exclude_fields,"
                    + " exclude_default; none = exclude_default)")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = PnfdInfoView.class))))
    ResponseEntity<List<JsonNode>> list(
            @RequestParam(required = false) String filter,
            @RequestParam(name = "nextpage_opaque_marker", required = false) String marker,
            HttpServletRequest request) {
        return page(filter, marker, request);
    }

    @Override
    UUID id(PnfdInfoView resource) {
        return resource.id();
    }

    @PutMapping(path = "/{id}/pnfd_content", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the PNFD (YAML or CSAR) as multipart 'file'; 202, onboarding continues")
    ResponseEntity<Void> uploadFile(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        pnfds.upload(id, IfMatch.parse(ifMatch), Uploads.name(file, id + ".yaml"), Uploads.file(file), who.getName());
        return ResponseEntity.accepted().build();
    }

    @PutMapping(
            path = "/{id}/pnfd_content",
            consumes = {
                "application/zip",
                "application/yaml",
                MediaType.TEXT_PLAIN_VALUE,
                MediaType.APPLICATION_OCTET_STREAM_VALUE
            })
    @Operation(summary = "Upload the PNFD as the request body (text/plain YAML, or application/zip CSAR); 202")
    ResponseEntity<Void> uploadBody(
            @PathVariable UUID id,
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        String type = String.valueOf(request.getContentType());
        String name = id + (type.startsWith("application/zip") ? ".csar" : ".yaml");
        pnfds.upload(id, IfMatch.parse(ifMatch), name, Uploads.body(request), who.getName());
        return ResponseEntity.accepted().build();
    }

    @GetMapping(
            path = "/{id}/pnfd_content",
            produces = {MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/zip", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "The PNFD as uploaded (octet-stream), as its YAML alone (text/plain) or as a ZIP of the YAML"
                    + " (application/zip), as the Accept header asks; a single Range answers 206")
    ResponseEntity<?> content(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        return DescriptorZip.content(
                accept,
                range,
                new DescriptorZip.Forms(
                        () -> pnfds.pnfd(id),
                        () -> pnfds.pnfdFiles(id).files(),
                        () -> pnfds.content(id),
                        pnfds.contentName(id).orElse(id + ".yaml"),
                        id + "-pnfd.zip"));
    }

    @GetMapping(path = "/{id}/pnfd", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The PNFD as one SOL001 YAML file")
    String pnfd(@PathVariable UUID id) {
        return pnfds.pnfd(id);
    }
}
