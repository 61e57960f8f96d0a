package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import io.chainline.connector.api.WorkloadSample;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A container's packet counters per interface, read from its own {@code /proc/net/dev}: podman's statistics API sums
 * every interface into one "network" entry without packet counts, so the traffic a chain sends through an NF's data
 * interfaces cannot be told from the management network's there. dockerd's statistics are per interface already.
 */
final class ProcNetDev {

    private static final long TIMEOUT_SECONDS = 5;

    private ProcNetDev() {}

    /** The counters, or empty when the container cannot say (no {@code cat} in the image, gone, slow). */
    static Optional<Map<String, WorkloadSample.InterfaceCounters>> read(DockerClient docker, String container) {
        try {
            String exec = docker.execCreateCmd(container)
                    .withCmd("cat", "/proc/net/dev")
                    .withAttachStdout(true)
                    .exec()
                    .getId();
            StringBuilder out = new StringBuilder();
            boolean done = docker.execStartCmd(exec)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                        }
                    })
                    .awaitCompletion(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, WorkloadSample.InterfaceCounters> counters = parse(out.toString());
            return done && !counters.isEmpty() ? Optional.of(counters) : Optional.empty();
        } catch (DockerException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * {@code /proc/net/dev}: two header lines, then {@code name: rx-bytes rx-packets … (8 fields) tx-bytes tx-packets …};
     * the loopback interface is left out.
     */
    static Map<String, WorkloadSample.InterfaceCounters> parse(String text) {
        Map<String, WorkloadSample.InterfaceCounters> counters = new TreeMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.contains("|")) {
                continue;
            }
            String name = line.substring(0, colon).strip();
            String[] fields = line.substring(colon + 1).strip().split("\\s+");
            if (name.equals("lo") || fields.length < 10 || !fields[0].matches("\\d+")) {
                continue;
            }
            counters.put(
                    name,
                    new WorkloadSample.InterfaceCounters(
                            Long.parseLong(fields[1]),
                            Long.parseLong(fields[9]),
                            Long.parseLong(fields[0]),
                            Long.parseLong(fields[8])));
        }
        return counters;
    }
}
