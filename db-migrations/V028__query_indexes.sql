-- Indexes for queries the code makes that had none (found in the review of issue 24): each would otherwise scan the
-- whole table, which grows with every subscription delivery, NS instance and scheduled run.

-- Deliveries of one subscription (subscription detail, clean-up on delete, the "gave up" alarm).
CREATE INDEX ix_delivery_subscription ON sol005_delivery (subscription_id, created_at);

-- The NS instance of a deployment (the deployment page, nslcm views) and the instances of an NSD (its usage state).
CREATE INDEX ix_ns_instance_deployment ON ns_instance (deployment_id);
CREATE INDEX ix_ns_instance_nsd_info ON ns_instance (nsd_info_id);

-- NSD infos by descriptor id (onboarding's uniqueness check, nsd_content of an NS instance's descriptor).
CREATE INDEX ix_nsd_info_nsd_id ON ns_descriptor_info (nsd_id);

-- VNF descriptors by descriptor id (package onboarding, chains resolving their VNFs).
CREATE INDEX ix_vnf_descriptor_descriptor_id ON vnf_descriptor (descriptor_id);

-- The runs page, newest first across schedules.
CREATE INDEX ix_run_started ON schedule_run (started_at);

-- Deployments by state (the wall screen, the watcher's "what is live").
CREATE INDEX ix_deployment_state ON deployment (state);
