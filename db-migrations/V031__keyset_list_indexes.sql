-- Key-set paging of the SOL005 collections (issue 24, ADR 0044): each page reads the rows after the last one's
-- (created_at, id) in that order, so an index in that order answers it without sorting the table.
CREATE INDEX ix_vnf_package_created ON vnf_package (created_at, id);
CREATE INDEX ix_nsd_info_created ON ns_descriptor_info (created_at, id);
CREATE INDEX ix_pnfd_info_created ON pnf_descriptor_info (created_at, id);
CREATE INDEX ix_ns_instance_created ON ns_instance (created_at, id);
CREATE INDEX ix_op_occ_created ON ns_lcm_op_occ (created_at, id);

-- Subscriptions are listed per API and major version.
CREATE INDEX ix_subscription_api_created ON sol005_subscription (api, api_version, created_at, id);
