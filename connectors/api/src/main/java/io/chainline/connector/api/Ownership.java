package io.chainline.connector.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels on everything a connector creates. A connector lists, diffs and deletes by
 * {@link #DEPLOYMENT} alone, so what others created on the same target is never touched.
 */
public final class Ownership {

    public static final String DEPLOYMENT = "chainline.io/deployment";
    public static final String NF = "chainline.io/nf";
    public static final String VDU = "chainline.io/vdu";
    /** On a link network: the chain's virtual link it realises. */
    public static final String LINK = "chainline.io/link";

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "chainline";

    private Ownership() {}

    /** The deployment-wide labels: who manages it and which deployment it belongs to. */
    public static Map<String, String> of(DeploymentRef deployment) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(MANAGED_BY, MANAGER);
        labels.put(DEPLOYMENT, deployment.id());
        return labels;
    }

    /** The labels of one link network: the deployment's, plus its link. */
    public static Map<String, String> of(DeploymentRef deployment, LinkNetwork network) {
        Map<String, String> labels = of(deployment);
        labels.put(LINK, network.link());
        return labels;
    }

    /** The labels of one workload: the deployment's, plus its NF and VDU. */
    public static Map<String, String> of(DeploymentRef deployment, Workload workload) {
        Map<String, String> labels = of(deployment);
        labels.put(NF, workload.nf());
        labels.put(VDU, workload.vdu());
        return labels;
    }
}
