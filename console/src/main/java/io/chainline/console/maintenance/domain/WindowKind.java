package io.chainline.console.maintenance.domain;

/** An allow window opens its targets to work (and closes them outside it); a deny window closes them. */
public enum WindowKind {
    ALLOW,
    DENY
}
