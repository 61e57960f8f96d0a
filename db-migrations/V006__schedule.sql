-- Maintenance windows, schedules of deployment jobs and their runs, and db-scheduler's table: the clustered scheduler
-- that wakes exactly one console replica when a schedule is due (ADR 0017).
CREATE TABLE maintenance_window (
    id               UUID                     PRIMARY KEY,
    name             VARCHAR(100)             NOT NULL,
    kind             VARCHAR(10)              NOT NULL,
    recurrence_kind  VARCHAR(10)              NOT NULL,
    expression       VARCHAR(500)             NOT NULL,
    starts_local     TIMESTAMP                NOT NULL,
    zone_id          VARCHAR(60)              NOT NULL,
    duration_minutes INTEGER                  NOT NULL,
    scope_targets    VARCHAR(4000)            NOT NULL,
    scope_sites      VARCHAR(4000)            NOT NULL,
    scope_labels     VARCHAR(4000)            NOT NULL,
    description      VARCHAR(1000)            NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)              NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_window_name UNIQUE (name),
    CONSTRAINT ck_window_kind CHECK (kind IN ('ALLOW', 'DENY')),
    CONSTRAINT ck_window_recurrence CHECK (recurrence_kind IN ('ONCE', 'CRON', 'RRULE')),
    CONSTRAINT ck_window_duration CHECK (duration_minutes > 0)
);

CREATE TABLE job_schedule (
    id                UUID                     PRIMARY KEY,
    name              VARCHAR(100)             NOT NULL,
    operation         VARCHAR(20)              NOT NULL,
    deployment_id     UUID,
    deployment_name   VARCHAR(40)              NOT NULL,
    job_json          VARCHAR(200000)          NOT NULL,
    recurrence_kind   VARCHAR(10)              NOT NULL,
    expression        VARCHAR(500)             NOT NULL,
    starts_local      TIMESTAMP                NOT NULL,
    zone_id           VARCHAR(60)              NOT NULL,
    ticket            VARCHAR(100)             NOT NULL,
    owner             VARCHAR(64)              NOT NULL,
    missed_policy     VARCHAR(10)              NOT NULL,
    slip_minutes      INTEGER                  NOT NULL,
    window_policy     VARCHAR(10)              NOT NULL,
    override_reason   VARCHAR(1000)            NOT NULL,
    stop_on_fail      BOOLEAN                  NOT NULL,
    state             VARCHAR(10)              NOT NULL,
    state_reason      VARCHAR(2000)            NOT NULL,
    next_nominal_at   TIMESTAMP WITH TIME ZONE,
    next_effective_at TIMESTAMP WITH TIME ZONE,
    effective_reason  VARCHAR(2000)            NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64)              NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(64)              NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_schedule_name UNIQUE (name),
    CONSTRAINT ck_schedule_operation CHECK (operation IN ('INSTANTIATE', 'SCALE', 'HEAL', 'UPGRADE', 'RECONCILE',
        'TERMINATE')),
    CONSTRAINT ck_schedule_recurrence CHECK (recurrence_kind IN ('ONCE', 'CRON', 'RRULE')),
    CONSTRAINT ck_schedule_missed CHECK (missed_policy IN ('RUN_LATE', 'SKIP')),
    CONSTRAINT ck_schedule_window CHECK (window_policy IN ('WAIT', 'REFUSE')),
    CONSTRAINT ck_schedule_state CHECK (state IN ('ACTIVE', 'PAUSED', 'DONE'))
);
CREATE INDEX ix_schedule_deployment ON job_schedule (deployment_id);

-- One row per occurrence that came due: the unique key is what makes a schedule fire once per occurrence even when
-- two replicas, or a replica and its revived execution, both try.
CREATE TABLE schedule_run (
    id            UUID                     PRIMARY KEY,
    schedule_id   UUID                     NOT NULL REFERENCES job_schedule (id) ON DELETE CASCADE,
    nominal_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    result        VARCHAR(20)              NOT NULL,
    job_id        UUID,
    deployment_id UUID,
    executed_by   VARCHAR(100)             NOT NULL,
    detail        VARCHAR(4000)            NOT NULL,
    version       BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_run_occurrence UNIQUE (schedule_id, nominal_at),
    CONSTRAINT ck_run_result CHECK (result IN ('STARTING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'MISSED',
        'REFUSED'))
);
CREATE INDEX ix_run_schedule ON schedule_run (schedule_id, started_at);
CREATE INDEX ix_run_job ON schedule_run (job_id);

-- db-scheduler 16's table, as its PostgreSQL script has it (BYTEA and TEXT also work on H2).
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_heartbeat ON scheduled_tasks (last_heartbeat);
