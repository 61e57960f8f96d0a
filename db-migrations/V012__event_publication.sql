-- Spring Modulith's event publication registry (ADR 24): one row per cross-feature event and listener, written in the
-- transaction that publishes the event (a job's end), completed by the listener's own transaction after that commit.
-- A row without completion_date is a listener that has not finished (failed, or its console died): the consoles
-- resubmit it until it completes; completed rows are deleted after chainline.events.retention. Columns are those of
-- Modulith 2.0's JPA entity (DefaultJpaEventPublication), which Hibernate validates; Flyway owns the schema.
CREATE TABLE event_publication (
    id                      UUID                     PRIMARY KEY,
    listener_id             VARCHAR(512)             NOT NULL,
    event_type              VARCHAR(512)             NOT NULL,
    serialized_event        VARCHAR(100000)          NOT NULL,
    publication_date        TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date         TIMESTAMP WITH TIME ZONE,
    status                  VARCHAR(20),
    completion_attempts     INTEGER                  NOT NULL DEFAULT 0,
    last_resubmission_date  TIMESTAMP WITH TIME ZONE
);
-- Incomplete publications are looked up (completion_date IS NULL) and completed ones purged by age.
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
CREATE INDEX ix_event_publication_status ON event_publication (status);
