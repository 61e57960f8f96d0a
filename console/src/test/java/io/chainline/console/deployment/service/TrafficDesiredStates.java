package io.chainline.console.deployment.service;

/** The hand-made traffic-carrying vCPE's desired state on one target, for tests outside this package. */
public final class TrafficDesiredStates {

    private TrafficDesiredStates() {}

    /** classifier → firewall → router with SAPs lan (192.168.10.0/24) and wan, on target "lab". */
    public static DesiredState vcpe() {
        return DataPlanesTest.desiredOf(TrafficChains.vcpe());
    }
}
