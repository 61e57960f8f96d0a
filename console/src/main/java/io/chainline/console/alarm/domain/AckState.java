package io.chainline.console.alarm.domain;

/** SOL005 AckState. */
public enum AckState {
    UNACKNOWLEDGED,
    ACKNOWLEDGED
}
