package io.chainline.connector.fake;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.ConnectorContract;
import io.chainline.connector.testkit.SampleUnits;
import java.net.URI;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** The fake platform keeps the same contract as every real one: the kit proves it. */
class FakeContractTest extends ConnectorContract {

    private final String bench = "contract-" + UUID.randomUUID().toString().substring(0, 8);
    private final Connector connector =
            new FakeConnectorFactory().connect(new FakeAccess(URI.create("fake://" + bench), "token"));

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        return SampleUnits.vcpe(ref);
    }

    @Override
    protected void changeOutOfBand(DeploymentRef ref) {
        FakeLab.scale(bench, ref.id(), "firewall-fw", 7);
    }

    @Override
    protected BooleanSupplier createForeign(DeploymentRef ref) {
        FakeLab.bench(bench).put("someone-else", new java.util.concurrent.ConcurrentHashMap<>());
        return () -> FakeLab.bench(bench).containsKey("someone-else");
    }

    @Override
    protected void induceFailure(DeploymentRef ref, Workload workload) {
        FakeLab.fail(bench, ref.id(), workload.name(), "the bench ran out of slots");
    }
}
