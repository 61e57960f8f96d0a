-- KPIs per deployment and network function (issue 21, ADR 30): one row per NF per sampling round, summed over the
-- NF's running instances. Kept in the database (not in a console's memory) so every console replica draws the same
-- last hour and a console that takes a target over computes traffic rates from its predecessor's last counters.
-- available is FALSE when the target's platform cannot say (then every figure is NULL); a figure the platform does
-- not give (traffic on Kubernetes' metrics API) is NULL too. Rows older than chainline.kpi.retention are deleted every
-- round; no foreign key, so removing a deployment never waits on its samples (they age out).
CREATE TABLE kpi_sample (
    deployment_id  UUID                     NOT NULL,
    nf             VARCHAR(200)             NOT NULL,
    sampled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    available      BOOLEAN                  NOT NULL,
    instances      INTEGER                  NOT NULL,
    cpu_cores      DOUBLE PRECISION,
    memory_bytes   BIGINT,
    restarts       BIGINT,
    rx_bytes       BIGINT,
    tx_bytes       BIGINT,
    rx_rate        DOUBLE PRECISION,
    tx_rate        DOUBLE PRECISION,
    PRIMARY KEY (deployment_id, nf, sampled_at)
);

CREATE INDEX kpi_sample_deployment_at ON kpi_sample (deployment_id, sampled_at);
CREATE INDEX kpi_sample_at ON kpi_sample (sampled_at);
