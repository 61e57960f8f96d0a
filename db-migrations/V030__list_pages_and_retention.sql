-- Issue 24, the console's own /api/v1 lists and retention. V028 already indexed sol005_delivery(subscription_id),
-- ns_instance(deployment_id, nsd_info_id), ns_descriptor_info(nsd_id), vnf_descriptor(descriptor_id),
-- schedule_run(started_at) and deployment(state); these are the indexes the new queries need besides.

-- The deployments list pages newest first by key-set: (created_at, id) descending.
CREATE INDEX ix_deployment_created ON deployment (created_at, id);

-- The targets list pages by name by key-set: (name, id).
CREATE INDEX ix_fleet_target_name ON fleet_target (name, id);

-- Every schedule's runs page newest first: (started_at, id) (V028's ix_run_started has no id to break ties).
CREATE INDEX ix_run_started_id ON schedule_run (started_at, id);

-- Retention deletes job events and finished deliveries older than a cut-off, in batches found by age.
CREATE INDEX ix_job_event_at ON job_event (at);
CREATE INDEX ix_delivery_created ON sol005_delivery (created_at);

-- One replica runs a purge per interval: a round claims its row with one conditional UPDATE that only one console
-- wins, so two consoles do not both delete, nor both write the audit entry.
CREATE TABLE retention_run (
    name     VARCHAR(40)              PRIMARY KEY,
    holder   VARCHAR(100)             NOT NULL,
    ran_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO retention_run (name, holder, ran_at) VALUES ('history', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
