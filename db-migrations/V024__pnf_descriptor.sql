-- PNF descriptors (SOL001 tosca.nodes.nfv.PNF): the catalog keeps them beside the VNFDs, in their own table because
-- a PNFD has neither a product/software version nor VDUs. The descriptor is the engine's model as JSON; the other
-- columns are copies of its identity that the catalog lists and constrains on (one row per descriptor id).
CREATE TABLE pnf_descriptor (
    id                   UUID                     PRIMARY KEY,
    descriptor_id        VARCHAR(200)             NOT NULL,
    provider             VARCHAR(200)             NOT NULL,
    name                 VARCHAR(200)             NOT NULL,
    descriptor_version   VARCHAR(100)             NOT NULL,
    invariant_id         VARCHAR(200)             NOT NULL,
    ext_cps              VARCHAR(2000)            NOT NULL,
    model_json           VARCHAR(1000000)         NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(64)              NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(64)              NOT NULL,
    version              BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_pnf_descriptor_id UNIQUE (descriptor_id)
);

-- SOL005 PNF descriptor resources (nsd/v2/pnf_descriptors): the onboarding state machine of ns_descriptor_info, and
-- once onboarded the catalog PNFD it became. SOL005 gives a PNFD no operational state; the column is kept for the
-- shared onboarding code and stays DISABLED, so only the usage state decides whether one may be deleted.
CREATE TABLE pnf_descriptor_info (
    id                  UUID                     PRIMARY KEY,
    onboarding_state    VARCHAR(16)              NOT NULL,
    operational_state   VARCHAR(16)              NOT NULL,
    catalog_id          UUID,
    pnfd_id             VARCHAR(200),
    pnfd_name           VARCHAR(200),
    pnfd_version        VARCHAR(100),
    pnfd_provider       VARCHAR(200),
    pnfd_invariant_id   VARCHAR(200),
    failure_json        VARCHAR(100000),
    user_defined_json   VARCHAR(100000)          NOT NULL,
    content_name        VARCHAR(255),
    content_size        BIGINT,
    content_sha256      VARCHAR(64),
    onboarding_owner    VARCHAR(100),
    onboarding_heartbeat_at TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)              NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_pnfd_onboarding CHECK (onboarding_state IN ('CREATED', 'UPLOADING', 'PROCESSING', 'ONBOARDED', 'ERROR')),
    CONSTRAINT ck_pnfd_operational CHECK (operational_state IN ('ENABLED', 'DISABLED'))
);
