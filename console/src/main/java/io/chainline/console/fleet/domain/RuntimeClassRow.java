package io.chainline.console.fleet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Kubernetes RuntimeClass the target offers. */
@Embeddable
public class RuntimeClassRow {

    @Column(nullable = false, length = 253)
    private String name;

    @Column(nullable = false, length = 253)
    private String handler;

    protected RuntimeClassRow() {}

    public RuntimeClassRow(String name, String handler) {
        this.name = name;
        this.handler = handler;
    }

    public String getName() {
        return name;
    }

    public String getHandler() {
        return handler;
    }
}
