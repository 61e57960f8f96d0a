package io.chainline.connector.api;

/** One platform resource: its kind (Deployment, Service, container, Heat stack…), namespace or scope, and name. */
public record ResourceRef(String kind, String namespace, String name) {

    @Override
    public String toString() {
        return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
