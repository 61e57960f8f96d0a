package io.chainline.console.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console process's heap after a full GC ({@code jcmd GC.run}, then the generations' "used" from
 * {@code GC.heap_info}, in KiB), its resident set ({@code /proc/<pid>/status}) and its CPU time.
 */
final class Heap {

    /** A generation's summary line (DefNew, Tenured; G1's "garbage-first heap"): "... total NK, used NK". */
    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final long pid;
    private final String jcmd;

    Heap(long pid) {
        this.pid = pid;
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        this.jcmd =
                java.getParent() == null ? "jcmd" : java.resolveSibling("jcmd").toString();
    }

    /** KiB in use after two full collections (the second takes what finalisation freed in the first). */
    long usedAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        long total = 0;
        while (used.find()) {
            total += Long.parseLong(used.group(1));
        }
        return total;
    }

    /** The console's CPU time so far (user + system), which a loaded machine distorts less than wall time. */
    Duration cpu() {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    long rss() throws IOException {
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
        return rss.find() ? Long.parseLong(rss.group(1)) : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
