package io.chainline.console.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One finding of a recorded import, as the TOSCA engine reported it (severity as its enum name). */
@Embeddable
public class ImportFinding {

    @Column(nullable = false, length = 100)
    private String code;

    @Column(nullable = false, length = 16)
    private String severity;

    @Column(nullable = false, length = 500)
    private String file;

    @Column(name = "line_no", nullable = false)
    private int line;

    @Column(nullable = false, length = 1000)
    private String path;

    @Column(nullable = false, length = 4000)
    private String message;

    protected ImportFinding() {
        // for JPA
    }

    public ImportFinding(String code, String severity, String file, int line, String path, String message) {
        this.code = clip(code, 100);
        this.severity = severity;
        this.file = clip(file, 500);
        this.line = line;
        this.path = clip(path, 1000);
        this.message = clip(message, 4000);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public String getCode() {
        return code;
    }

    public String getSeverity() {
        return severity;
    }

    public String getFile() {
        return file;
    }

    public int getLine() {
        return line;
    }

    public String getPath() {
        return path;
    }

    public String getMessage() {
        return message;
    }
}
