package io.chainline.console.deployment.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The chain context an NF is given at start, version 1: exactly the document docs/chain-context.md describes, as
 * typed records (their components are the JSON's keys, in this order).
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record ChainContext(
        int version,
        String deployment,
        String nf,
        boolean forwarding,
        Management management,
        List<Interface> interfaces,
        List<Path> paths) {

    static final int VERSION = 1;

    record Management(@JsonProperty("interface") String name) {}

    /**
     * @param address the first instance's address; {@code addresses} all instances', in instance order
     */
    record Interface(
            String cp,
            String link,
            @JsonProperty("interface") String name,
            String address,
            List<String> addresses,
            String cidr) {}

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record Path(
            String name,
            int position,
            int length,
            Optional<LinkRef> ingress,
            Optional<LinkRef> egress,
            Optional<Hop> previous,
            Optional<Hop> next,
            Optional<Match> match) {}

    record LinkRef(String link, String cidr) {}

    /** A neighbour on a path: its address on the link shared with this NF, and this NF's interface on that link. */
    record Hop(
            String nf,
            String address,
            @JsonProperty("interface") String name) {}

    /** The classifier rule; absent keys match anything. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record Match(
            Optional<String> protocol,
            Optional<String> source,
            Optional<String> destination,
            Optional<String> sourcePorts,
            Optional<String> destinationPorts) {

        @com.fasterxml.jackson.annotation.JsonIgnore
        boolean isEmpty() {
            return protocol.isEmpty()
                    && source.isEmpty()
                    && destination.isEmpty()
                    && sourcePorts.isEmpty()
                    && destinationPorts.isEmpty();
        }
    }
}
