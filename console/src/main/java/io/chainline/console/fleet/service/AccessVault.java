package io.chainline.console.fleet.service;

import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.SecretBox;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access details at rest: the whole record as JSON, sealed with AES-GCM by the {@link SecretBox}. Nothing of it is
 * stored, logged or returned in the clear.
 */
@Component
class AccessVault {

    private final SecretBox box;
    private final JsonMapper mapper = JsonMapper.builder().build();

    AccessVault(SecretBox box) {
        this.box = box;
    }

    String seal(TargetAccess access) {
        try {
            return box.seal(mapper.writeValueAsString(access));
        } catch (JacksonException e) {
            throw new IllegalStateException("access details of kind " + access.kind() + " could not be written", e);
        }
    }

    TargetAccess open(TargetKind kind, String sealed) {
        Class<? extends TargetAccess> type = switch (kind) {
            case KUBERNETES -> TargetAccess.Kubernetes.class;
            case OPENSTACK -> TargetAccess.OpenStack.class;
            case DOCKER -> TargetAccess.Docker.class;
        };
        try {
            return mapper.readValue(box.open(sealed), type);
        } catch (JacksonException e) {
            // the message would quote the decrypted JSON: keep only the type of failure
            throw new IllegalStateException("stored access details of kind " + kind + " are unreadable ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
