-- Service chains: one row per network service descriptor version, holding the TOSCA engine's NSD model as JSON,
-- and the catalog versions (VNFs) each chain version uses, so those cannot be deleted from under it.
CREATE TABLE ns_descriptor (
    id                 UUID                     PRIMARY KEY,
    name_key           VARCHAR(420)             NOT NULL,
    designer           VARCHAR(200)             NOT NULL,
    name               VARCHAR(200)             NOT NULL,
    ns_version         VARCHAR(100)             NOT NULL,
    descriptor_id      VARCHAR(200)             NOT NULL,
    state              VARCHAR(16)              NOT NULL,
    vnf_count          INTEGER                  NOT NULL,
    model_json         VARCHAR(1000000)         NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(64)              NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(64)              NOT NULL,
    version            BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_ns_descriptor_name_version UNIQUE (name_key, ns_version),
    CONSTRAINT ck_ns_descriptor_state CHECK (state IN ('DRAFT', 'PUBLISHED', 'DEPRECATED'))
);

CREATE TABLE ns_vnf_use (
    ns_id          UUID NOT NULL REFERENCES ns_descriptor (id) ON DELETE CASCADE,
    vnf_catalog_id UUID NOT NULL,
    CONSTRAINT pk_ns_vnf_use PRIMARY KEY (ns_id, vnf_catalog_id)
);
CREATE INDEX ix_ns_vnf_use_vnf ON ns_vnf_use (vnf_catalog_id);
