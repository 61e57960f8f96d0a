package io.chainline.tosca.issue;

import java.util.Objects;

/**
 * One problem found in an input: what (code, severity, message that says what to do) and exactly where (file inside
 * the package, 1-based line and column, YAML path such as {@code topology_template.node_templates.vdu1.properties}).
 * Line and column are 0 when the problem has no place in a YAML text (a missing file, a zip entry).
 */
public record Issue(IssueCode code, Severity severity, String file, int line, int column, String path, String message) {

    public Issue {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        file = file == null ? "" : file;
        path = path == null ? "" : path;
        Objects.requireNonNull(message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: ERROR CODE at path: message}, the form the CLI prints. */
    public String describe() {
        StringBuilder text = new StringBuilder(file.isEmpty() ? "<input>" : file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ").append(severity).append(' ').append(code.code());
        if (!path.isEmpty()) {
            text.append(" at ").append(path);
        }
        return text.append(": ").append(message).toString();
    }
}
