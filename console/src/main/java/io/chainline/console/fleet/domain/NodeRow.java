package io.chainline.console.fleet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One node as the last inventory sync saw it; labels as {@code key=value} lines. */
@Embeddable
public class NodeRow {

    @Column(nullable = false, length = 253)
    private String name;

    @Column(nullable = false, length = 32)
    private String architecture;

    @Column(name = "reported_architecture", nullable = false, length = 64)
    private String reportedArchitecture;

    @Column(name = "operating_system", nullable = false, length = 200)
    private String operatingSystem;

    @Column(name = "milli_cpu", nullable = false)
    private long milliCpu;

    @Column(name = "memory_bytes", nullable = false)
    private long memoryBytes;

    @Column(nullable = false, length = 20000)
    private String labels;

    @Column(nullable = false)
    private boolean ready;

    protected NodeRow() {}

    public NodeRow(
            String name,
            String architecture,
            String reportedArchitecture,
            String operatingSystem,
            long milliCpu,
            long memoryBytes,
            String labels,
            boolean ready) {
        this.name = name;
        this.architecture = architecture;
        this.reportedArchitecture = reportedArchitecture;
        this.operatingSystem = operatingSystem;
        this.milliCpu = milliCpu;
        this.memoryBytes = memoryBytes;
        this.labels = labels;
        this.ready = ready;
    }

    public String getName() {
        return name;
    }

    public String getArchitecture() {
        return architecture;
    }

    public String getReportedArchitecture() {
        return reportedArchitecture;
    }

    public String getOperatingSystem() {
        return operatingSystem;
    }

    public long getMilliCpu() {
        return milliCpu;
    }

    public long getMemoryBytes() {
        return memoryBytes;
    }

    public String getLabels() {
        return labels;
    }

    public boolean isReady() {
        return ready;
    }
}
