package io.chainline.tosca.issue;

/** How bad an issue is. Any {@link #ERROR} makes the input rejected; warnings and notes never do. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
