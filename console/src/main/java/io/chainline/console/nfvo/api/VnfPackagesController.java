package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.IfMatch;
import io.chainline.console.nfvo.service.PackageFetcher;
import io.chainline.console.nfvo.service.Sol005Views;
import io.chainline.console.nfvo.service.VnfPackageService;
import io.chainline.tosca.model.Sol001Edition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** SOL005 VNF package management (vnfpkgm v2): onboarding SOL004 packages into the catalog. */
@RestController
@RequestMapping("/api/vnfpkgm/v2/vnf_packages")
@Tag(name = "SOL005 vnfpkgm", description = "VNF packages: create, upload a CSAR, follow onboarding, read its files")
class VnfPackagesController extends OnboardingController<Sol005Views.VnfPkgInfo> {

    static final String COLLECTION = "/api/vnfpkgm/v2/vnf_packages";

    private final VnfPackageService packages;

    VnfPackagesController(VnfPackageService packages, Sol013Paging paging) {
        super(packages, paging, COLLECTION, Sol005Views.VnfPkgInfo.class);
        this.packages = packages;
    }

    @GetMapping
    @Operation(
            summary =
                    "Every resource, oldest first; SOL013 filter (e.g. (eq,onboardingState,ONBOARDED)), paging"
                            + "; SOL013 attribute selectors (all_fields, fields, exclude_fields, exclude_default; none = exclude_default)")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Sol005Views.VnfPkgInfo.class))))
    ResponseEntity<List<JsonNode>> list(
            @RequestParam(required = false) String filter,
            @RequestParam(name = "nextpage_opaque_marker", required = false) String marker,
            HttpServletRequest request) {
        return page(filter, marker, request);
    }

    @Override
    UUID id(Sol005Views.VnfPkgInfo resource) {
        return resource.id();
    }

    @PutMapping(path = "/{id}/package_content", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the CSAR as multipart 'file'; 202, onboarding continues asynchronously")
    ResponseEntity<Void> uploadFile(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        packages.upload(
                id, IfMatch.parse(ifMatch), Uploads.name(file, id + ".csar"), Uploads.file(file), who.getName());
        return ResponseEntity.accepted().build();
    }

    @PutMapping(
            path = "/{id}/package_content",
            consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Upload the CSAR as the request body; 202, onboarding continues asynchronously")
    ResponseEntity<Void> uploadBody(
            @PathVariable UUID id,
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        packages.upload(id, IfMatch.parse(ifMatch), id + ".csar", Uploads.body(request), who.getName());
        return ResponseEntity.accepted().build();
    }

    /** SOL005 UploadVnfPackageFromUriRequest; the credentials are used for this fetch only. */
    record UploadFromUriRequest(String addressInformation, String userName, String password) {}

    @PostMapping("/{id}/package_content/upload_from_uri")
    @Operation(summary = "Have the console fetch the CSAR from an http(s) URL (basic auth optional); 202")
    ResponseEntity<Void> uploadFromUri(
            @PathVariable UUID id,
            @RequestBody UploadFromUriRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        Optional<PackageFetcher.Credentials> credentials = Optional.ofNullable(request.userName())
                .filter(u -> !u.isBlank())
                .map(u -> new PackageFetcher.Credentials(
                        u, Optional.ofNullable(request.password()).orElse("")));
        packages.uploadFromUri(id, IfMatch.parse(ifMatch), request.addressInformation(), credentials, who.getName());
        return ResponseEntity.accepted().build();
    }

    @GetMapping(path = "/{id}/package_content", produces = "application/zip")
    @Operation(summary = "The CSAR as uploaded; a single Range (bytes=a-b, a-, -n) answers 206 with that part")
    ResponseEntity<?> content(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(DescriptorZip.ZIP);
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".csar\"");
        return ByteRanges.answer(range, packages.content(id), headers);
    }

    @GetMapping(
            path = "/{id}/vnfd",
            produces = {MediaType.TEXT_PLAIN_VALUE, "application/zip"})
    @Operation(
            summary = "The VNFD as one SOL001 YAML file (text/plain) or a ZIP of it and its imports"
                    + " (application/zip); edition 4.4.1, or 2.6.1 with ?edition=2.6.1")
    ResponseEntity<byte[]> vnfd(
            @PathVariable UUID id,
            @RequestParam(required = false) String edition,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Sol001Edition chosen = "2.6.1".equals(edition) ? Sol001Edition.V2_6_1 : Sol001Edition.V4_4_1;
        if (DescriptorZip.chosen(accept, List.of(MediaType.TEXT_PLAIN, DescriptorZip.ZIP))
                .equals(DescriptorZip.ZIP)) {
            return ResponseEntity.ok()
                    .contentType(DescriptorZip.ZIP)
                    .header("Content-Disposition", "attachment; filename=\"" + id + "-vnfd.zip\"")
                    .body(DescriptorZip.of(packages.vnfdFiles(id, chosen).files()));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(packages.vnfd(id, chosen).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/{id}/manifest", produces = MediaType.TEXT_PLAIN_VALUE)
    byte[] manifest(@PathVariable UUID id) {
        return packages.manifest(id);
    }

    @GetMapping(path = "/{id}/artifacts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The paths of the files the package holds (Chainline's addition)")
    List<String> artifacts(@PathVariable UUID id) {
        return packages.artifactPaths(id);
    }

    @GetMapping(path = "/{id}/artifacts/{*artifactPath}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "One file of the package, by its path inside it; a single Range answers 206 with that part")
    ResponseEntity<?> artifact(
            @PathVariable UUID id,
            @PathVariable String artifactPath,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        byte[] content = packages.artifact(id, artifactPath.startsWith("/") ? artifactPath.substring(1) : artifactPath);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return ByteRanges.answer(range, content, headers);
    }
}
