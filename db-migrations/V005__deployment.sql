-- Deployments: a published chain version running on the fleet, the state it should have (placements and one unit
-- per target, images pinned to digests), what drifted, and the jobs that changed it, step by step, with their events.
CREATE TABLE deployment (
    id                UUID                     PRIMARY KEY,
    name              VARCHAR(40)              NOT NULL,
    chain_id          UUID                     NOT NULL,
    chain_name        VARCHAR(200)             NOT NULL,
    chain_version     VARCHAR(50)              NOT NULL,
    state             VARCHAR(20)              NOT NULL,
    settings_json     VARCHAR(100000)          NOT NULL,
    desired_json      VARCHAR(1000000)         NOT NULL,
    live_json         VARCHAR(200000)          NOT NULL,
    observed_at       TIMESTAMP WITH TIME ZONE,
    drift_json        VARCHAR(200000)          NOT NULL,
    drift_checked_at  TIMESTAMP WITH TIME ZONE,
    accepted_json     VARCHAR(200000)          NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64)              NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(64)              NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_deployment_name UNIQUE (name),
    CONSTRAINT ck_deployment_state CHECK (state IN ('NOT_INSTANTIATED', 'INSTANTIATING', 'INSTANTIATED', 'FAILED',
        'TERMINATING', 'TERMINATED'))
);

CREATE TABLE deployment_job (
    id                UUID                     PRIMARY KEY,
    deployment_id     UUID                     NOT NULL REFERENCES deployment (id) ON DELETE CASCADE,
    operation         VARCHAR(20)              NOT NULL,
    state             VARCHAR(20)              NOT NULL,
    request_json      VARCHAR(1000000)         NOT NULL,
    started_by        VARCHAR(64)              NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    ended_at          TIMESTAMP WITH TIME ZONE,
    owner             VARCHAR(100),
    heartbeat_at      TIMESTAMP WITH TIME ZONE,
    error_code        VARCHAR(60)              NOT NULL,
    error_message     VARCHAR(4000)            NOT NULL,
    cancel_requested  BOOLEAN                  NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_job_operation CHECK (operation IN ('INSTANTIATE', 'SCALE', 'HEAL', 'UPGRADE', 'RECONCILE',
        'TERMINATE')),
    CONSTRAINT ck_job_state CHECK (state IN ('QUEUED', 'RUNNING', 'ROLLING_BACK', 'COMPLETED', 'FAILED',
        'ROLLED_BACK', 'CANCELLED'))
);
CREATE INDEX ix_job_deployment ON deployment_job (deployment_id, created_at);
CREATE INDEX ix_job_state ON deployment_job (state);

CREATE TABLE job_step (
    id           UUID                     PRIMARY KEY,
    job_id       UUID                     NOT NULL REFERENCES deployment_job (id) ON DELETE CASCADE,
    position     INTEGER                  NOT NULL,
    kind         VARCHAR(20)              NOT NULL,
    target_id    UUID,
    target_name  VARCHAR(100)             NOT NULL,
    title        VARCHAR(500)             NOT NULL,
    detail       VARCHAR(100000)          NOT NULL,
    state        VARCHAR(20)              NOT NULL,
    attempts     INTEGER                  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    ended_at     TIMESTAMP WITH TIME ZONE,
    message      VARCHAR(4000)            NOT NULL,
    CONSTRAINT uk_job_step UNIQUE (job_id, position),
    CONSTRAINT ck_step_state CHECK (state IN ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'SKIPPED', 'UNDONE'))
);

CREATE TABLE job_event (
    id        UUID                     PRIMARY KEY,
    job_id    UUID                     NOT NULL REFERENCES deployment_job (id) ON DELETE CASCADE,
    seq       BIGINT                   NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    level     VARCHAR(8)               NOT NULL,
    message   VARCHAR(4000)            NOT NULL,
    CONSTRAINT uk_job_event UNIQUE (job_id, seq)
);
