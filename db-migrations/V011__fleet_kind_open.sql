-- Target kinds are data (ADR 23): a connector module brings its kind, and the fleet service checks a new target's kind
-- against the installed platforms, naming them. The CHECK that closed the set (V004) goes; existing rows stay as they
-- are (KUBERNETES, OPENSTACK, DOCKER). Room for ids up to 32 characters.
ALTER TABLE fleet_target DROP CONSTRAINT ck_fleet_target_kind;
ALTER TABLE fleet_target ALTER COLUMN kind SET DATA TYPE VARCHAR(32);
