package io.chainline.console.catalog.api;

import io.chainline.console.catalog.service.ImageService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Container images and the registries they come from. Registry credentials are written, never read back. */
@RestController
@Tag(name = "images", description = "Resolve container images to digests and platforms; registry credentials")
class ImagesController {

    record ResolveRequest(String reference) {}

    record ImageView(
            String reference,
            String digest,
            String mediaType,
            List<String> platforms,
            List<String> architectures,
            String warning) {}

    record CredentialRequest(String username, String password) {
        @Override
        public String toString() {
            return "CredentialRequest[" + username + ", ***]";
        }
    }

    private final ImageService images;

    ImagesController(ImageService images) {
        this.images = images;
    }

    @PostMapping("/api/v1/catalog/images/resolve")
    @Operation(summary = "Ask the image's registry for its digest and platforms now")
    ImageView resolve(@RequestBody ResolveRequest request) {
        ImageService.ImageInfo info = images.resolve(CatalogController.required(request.reference(), "reference"));
        return new ImageView(
                info.reference(),
                info.digest(),
                info.mediaType(),
                info.platforms(),
                info.architectures(),
                info.warning().orElse(null));
    }

    @GetMapping("/api/v1/catalog/registries")
    List<ImageService.CredentialInfo> registries() {
        return images.credentials();
    }

    @PutMapping("/api/v1/catalog/registries/{registry}/credential")
    @Operation(summary = "Store credentials for a registry (ADMIN); the password is sealed and never returned")
    ResponseEntity<Void> credential(
            @PathVariable String registry, @RequestBody CredentialRequest request, Principal who) {
        images.setCredential(registry, request.username(), request.password(), who.getName());
        return ResponseEntity.noContent().build();
    }
}
