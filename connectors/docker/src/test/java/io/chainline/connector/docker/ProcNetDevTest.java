package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.WorkloadSample;
import org.junit.jupiter.api.Test;

class ProcNetDevTest {

    @Test
    void eachInterfacesPacketsAndBytesButLoopback() {
        String text = """
                Inter-|   Receive                                                |  Transmit
                 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                    lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
                  eth0:    2469      30    0    0    0     0          0         0     4238      32    0    0    0     0       0          0
                  eth1: 1200345    1500    0    0    0     0          0         0   990000    1400    0    0    0     0       0          0
                """;

        assertThat(ProcNetDev.parse(text))
                .containsOnlyKeys("eth0", "eth1")
                .containsEntry("eth0", new WorkloadSample.InterfaceCounters(30, 32, 2469, 4238))
                .containsEntry("eth1", new WorkloadSample.InterfaceCounters(1500, 1400, 1_200_345, 990_000));
        assertThat(ProcNetDev.parse("sh: cat: not found")).isEmpty();
    }
}
