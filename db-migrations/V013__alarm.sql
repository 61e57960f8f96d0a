-- Alarms (issue 21), shaped like SOL005 nsfm's Alarm. One row per alarm for its whole life: raised, changed while its
-- source keeps reporting it (count, last_seen_at), cleared when the source stops. active_key is
-- "source|scope|cause" while active and NULL once cleared, so the unique constraint allows exactly one active alarm
-- per (object, cause) even with several consoles reporting at once, and any number of cleared ones (H2 has no partial
-- indexes; NULLs never collide in either database).
CREATE TABLE alarm (
    id                  UUID                     PRIMARY KEY,
    active_key          VARCHAR(600),
    scope_source        VARCHAR(32)              NOT NULL,
    scope_id            VARCHAR(200)             NOT NULL,
    cause               VARCHAR(300)             NOT NULL,
    managed_kind        VARCHAR(16)              NOT NULL,
    managed_id          UUID                     NOT NULL,
    managed_name        VARCHAR(200)             NOT NULL,
    resource_kind       VARCHAR(16)              NOT NULL,
    resource_name       VARCHAR(300)             NOT NULL,
    resource_nf         VARCHAR(200)             NOT NULL,
    resource_target_id  UUID,
    severity            VARCHAR(16)              NOT NULL,
    event_type          VARCHAR(32)              NOT NULL,
    probable_cause      VARCHAR(200)             NOT NULL,
    fault_details       VARCHAR(4000)            NOT NULL,
    root_cause          BOOLEAN                  NOT NULL,
    raised_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared_at          TIMESTAMP WITH TIME ZONE,
    cleared_by          VARCHAR(64),
    seen_count          INTEGER                  NOT NULL,
    ack_state           VARCHAR(16)              NOT NULL,
    ack_by              VARCHAR(64),
    ack_at              TIMESTAMP WITH TIME ZONE,
    ack_comment         VARCHAR(1000),
    version             BIGINT                   NOT NULL,
    CONSTRAINT uq_alarm_active UNIQUE (active_key)
);
CREATE INDEX ix_alarm_scope ON alarm (scope_source, scope_id, cleared_at);
CREATE INDEX ix_alarm_managed ON alarm (managed_id, cleared_at);
CREATE INDEX ix_alarm_cleared ON alarm (cleared_at, raised_at);

-- What operators wrote on an alarm: append-only, like the audit log it is also recorded in.
CREATE TABLE alarm_note (
    id          UUID                     PRIMARY KEY,
    alarm_id    UUID                     NOT NULL REFERENCES alarm (id) ON DELETE CASCADE,
    author      VARCHAR(64)              NOT NULL,
    text        VARCHAR(2000)            NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_alarm_note_alarm ON alarm_note (alarm_id, written_at);
