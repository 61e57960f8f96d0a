-- Issue 23: the profile (interop or strict) an onboarded VNF package or NSD was checked with and the warnings of that
-- check (INTEROP-* deviations and others). Chainline's own data: shown in the console and on /api/v1/onboarding, never
-- in the SOL005 resources.
ALTER TABLE vnf_package ADD COLUMN checked_profile VARCHAR(16);
ALTER TABLE vnf_package ADD COLUMN check_warnings_json VARCHAR(100000);
ALTER TABLE ns_descriptor_info ADD COLUMN checked_profile VARCHAR(16);
ALTER TABLE ns_descriptor_info ADD COLUMN check_warnings_json VARCHAR(100000);
