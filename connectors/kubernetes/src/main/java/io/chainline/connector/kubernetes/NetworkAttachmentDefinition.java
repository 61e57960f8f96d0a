package io.chainline.connector.kubernetes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Multus' {@code NetworkAttachmentDefinition} (k8s.cni.cncf.io/v1): a secondary network pods name in their
 * {@code k8s.v1.cni.cncf.io/networks} annotation. Typed, so it is read, created and deleted like the built-in kinds
 * (and on the CRUD mock, which serves it without API discovery).
 */
@Group(NetworkAttachmentDefinition.GROUP)
@Version("v1")
@Kind("NetworkAttachmentDefinition")
@Plural(NetworkAttachmentDefinition.PLURAL)
@Singular("network-attachment-definition")
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class NetworkAttachmentDefinition extends CustomResource<NetworkAttachmentDefinition.Spec, Void>
        implements Namespaced {

    static final String GROUP = "k8s.cni.cncf.io";
    static final String PLURAL = "network-attachment-definitions";
    static final String API_VERSION = GROUP + "/v1";

    /** The CNI configuration as JSON text, as Multus reads it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Spec {

        private String config;

        public Spec() {}

        Spec(String config) {
            this.config = config;
        }

        public String getConfig() {
            return config;
        }

        public void setConfig(String config) {
            this.config = config;
        }
    }
}
