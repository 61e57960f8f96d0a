package io.chainline.console.fleet.domain;

/** What the last connection test said: not tested yet, reached with the stored credentials, or not. */
public enum Health {
    UNKNOWN,
    REACHABLE,
    UNREACHABLE
}
