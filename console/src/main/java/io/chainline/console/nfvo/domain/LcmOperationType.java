package io.chainline.console.nfvo.domain;

/** SOL005's NS lifecycle operation types that Chainline runs. */
public enum LcmOperationType {
    INSTANTIATE,
    SCALE,
    UPDATE,
    HEAL,
    TERMINATE
}
