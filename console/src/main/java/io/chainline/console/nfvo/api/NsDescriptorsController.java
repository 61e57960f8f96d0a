package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.service.NsdService;
import io.chainline.console.nfvo.service.ResourceViews;
import io.chainline.console.nfvo.service.Sol005Views;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** SOL005 NSD management (nsd v2): onboarding NS descriptors into the chain designer. */
@RestController
@RequestMapping("/api/nsd/v2/ns_descriptors")
@Tag(name = "SOL005 nsd", description = "NS descriptors: create, upload the NSD (YAML or CSAR), follow onboarding")
class NsDescriptorsController {

    static final String COLLECTION = "/api/nsd/v2/ns_descriptors";

    /** SOL005 CreateNsdInfoRequest. */
    record CreateNsdInfoRequest(Map<String, Object> userDefinedData) {}

    private final NsdService nsds;
    private final ResourceViews views;
    private final Sol013Paging paging;

    NsDescriptorsController(NsdService nsds, ResourceViews views, Sol013Paging paging) {
        this.nsds = nsds;
        this.views = views;
        this.paging = paging;
    }

    @GetMapping
    @Operation(summary = "NS descriptors; SOL013 filter (e.g. (eq,nsdOnboardingState,ONBOARDED)) and paging")
    ResponseEntity<List<Sol005Views.NsdInfoView>> list(
            @RequestParam(required = false) String filter,
            @RequestParam(name = "nextpage_opaque_marker", required = false) String marker,
            HttpServletRequest request) {
        List<Sol005Views.NsdInfoView> all = nsds.all().stream()
                .sorted(Comparator.comparing(NsdInfo::getCreatedAt))
                .map(views::nsd)
                .toList();
        return paging.page(all, filter, marker, request);
    }

    @PostMapping
    @Operation(summary = "Create an NS descriptor resource (CREATED); then PUT its nsd_content")
    ResponseEntity<Sol005Views.NsdInfoView> create(
            @RequestBody(required = false) CreateNsdInfoRequest request, Principal who) {
        NsdInfo created = nsds.create(request == null ? null : request.userDefinedData(), who.getName());
        return ResponseEntity.created(URI.create(COLLECTION + "/" + created.getId()))
                .body(views.nsd(created));
    }

    @GetMapping("/{id}")
    Sol005Views.NsdInfoView get(@PathVariable UUID id) {
        return views.nsd(nsds.get(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Enable or disable an onboarded NSD (nsdOperationalState), or change its userDefinedData")
    Modifications modify(@PathVariable UUID id, @RequestBody Modifications changes, Principal who) {
        changes.requireSomething();
        nsds.modify(id, changes.state(), Optional.ofNullable(changes.userDefinedData()), who.getName());
        return changes;
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an NSD: an onboarded one must be DISABLED and used by no NS instance")
    ResponseEntity<Void> delete(@PathVariable UUID id, Principal who) {
        nsds.delete(id, who.getName());
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{id}/nsd_content", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the NSD (YAML or CSAR) as multipart 'file'; 202, onboarding continues")
    ResponseEntity<Void> uploadFile(@PathVariable UUID id, @RequestPart("file") MultipartFile file, Principal who) {
        nsds.upload(id, Uploads.name(file, id + ".yaml"), Uploads.file(file), who.getName());
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
    ResponseEntity<Void> uploadBody(@PathVariable UUID id, HttpServletRequest request, Principal who) {
        String type = String.valueOf(request.getContentType());
        String name = id + (type.startsWith("application/zip") ? ".csar" : ".yaml");
        nsds.upload(id, name, Uploads.body(request), who.getName());
        return ResponseEntity.accepted().build();
    }

    @GetMapping(path = "/{id}/nsd_content", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> content(@PathVariable UUID id) {
        NsdInfo info = nsds.get(id);
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + info.getContentName().orElse(id + ".yaml") + "\"")
                .body(nsds.content(id));
    }

    @GetMapping(path = "/{id}/nsd", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The NSD as one SOL001 YAML file")
    String nsd(@PathVariable UUID id) {
        return nsds.nsd(id);
    }
}
