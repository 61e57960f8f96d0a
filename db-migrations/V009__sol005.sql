-- The SOL005 (Os-Ma-nfvo) resources. A VNF package or an NS descriptor resource wraps what the catalog and the chain
-- designer already hold: its onboarding state, and once onboarded the catalog (or chain) version it became. The
-- uploaded content is kept byte for byte in its own table so a package's files can be served back and listing the
-- packages never reads megabytes.
CREATE TABLE vnf_package (
    id                  UUID                     PRIMARY KEY,
    onboarding_state    VARCHAR(16)              NOT NULL,
    operational_state   VARCHAR(16)              NOT NULL,
    catalog_id          UUID,
    vnfd_id             VARCHAR(200),
    vnf_provider        VARCHAR(200),
    vnf_product_name    VARCHAR(200),
    vnf_software_version VARCHAR(100),
    vnfd_version        VARCHAR(100),
    failure_json        VARCHAR(100000),
    user_defined_json   VARCHAR(100000)          NOT NULL,
    content_name        VARCHAR(255),
    content_size        BIGINT,
    content_sha256      VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)              NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_vnf_package_onboarding CHECK (onboarding_state IN ('CREATED', 'UPLOADING', 'PROCESSING', 'ONBOARDED', 'ERROR')),
    CONSTRAINT ck_vnf_package_operational CHECK (operational_state IN ('ENABLED', 'DISABLED'))
);
CREATE INDEX ix_vnf_package_vnfd ON vnf_package (vnfd_id);

CREATE TABLE ns_descriptor_info (
    id                  UUID                     PRIMARY KEY,
    onboarding_state    VARCHAR(16)              NOT NULL,
    operational_state   VARCHAR(16)              NOT NULL,
    chain_id            UUID,
    nsd_id              VARCHAR(200),
    nsd_name            VARCHAR(200),
    nsd_version         VARCHAR(100),
    nsd_designer        VARCHAR(200),
    failure_json        VARCHAR(100000),
    user_defined_json   VARCHAR(100000)          NOT NULL,
    content_name        VARCHAR(255),
    content_size        BIGINT,
    content_sha256      VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)              NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_nsd_onboarding CHECK (onboarding_state IN ('CREATED', 'UPLOADING', 'PROCESSING', 'ONBOARDED', 'ERROR')),
    CONSTRAINT ck_nsd_operational CHECK (operational_state IN ('ENABLED', 'DISABLED'))
);

-- What was uploaded, by the resource it belongs to (a VNF package or an NS descriptor).
CREATE TABLE sol005_content (
    owner_id    UUID        PRIMARY KEY,
    bytes       BYTEA       NOT NULL
);

-- An NS instance is created before it is instantiated; instantiating it creates the deployment it names from then on.
CREATE TABLE ns_instance (
    id              UUID                     PRIMARY KEY,
    name            VARCHAR(63)              NOT NULL,
    description     VARCHAR(1000)            NOT NULL,
    nsd_info_id     UUID                     NOT NULL,
    deployment_id   UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)              NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_ns_instance_name UNIQUE (name),
    CONSTRAINT fk_ns_instance_nsd FOREIGN KEY (nsd_info_id) REFERENCES ns_descriptor_info (id)
);

-- One lifecycle operation occurrence per deployment job (same id); the job holds its progress.
CREATE TABLE ns_lcm_op_occ (
    id              UUID                     PRIMARY KEY,
    ns_instance_id  UUID                     NOT NULL,
    operation       VARCHAR(16)              NOT NULL,
    operation_params VARCHAR(100000)         NOT NULL,
    failed_by       VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_state  VARCHAR(20),
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_op_occ_instance FOREIGN KEY (ns_instance_id) REFERENCES ns_instance (id) ON DELETE CASCADE
);
CREATE INDEX ix_op_occ_instance ON ns_lcm_op_occ (ns_instance_id, created_at);

-- Notification subscriptions of the three APIs, and the deliveries owed to them (an outbox: a delivery is written in
-- the transaction of the change it reports, then posted and retried with backoff until it lands or gives up).
CREATE TABLE sol005_subscription (
    id              UUID                     PRIMARY KEY,
    api             VARCHAR(16)              NOT NULL,
    callback_uri    VARCHAR(2000)            NOT NULL,
    filter_json     VARCHAR(100000)          NOT NULL,
    auth_type       VARCHAR(16)              NOT NULL,
    auth_user       VARCHAR(200),
    auth_secret     VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)              NOT NULL,
    CONSTRAINT ck_subscription_api CHECK (api IN ('vnfpkgm', 'nsd', 'nslcm')),
    CONSTRAINT ck_subscription_auth CHECK (auth_type IN ('NONE', 'BASIC', 'HMAC_SHA256'))
);

CREATE TABLE sol005_delivery (
    id              UUID                     PRIMARY KEY,
    subscription_id UUID                     NOT NULL,
    notification_type VARCHAR(64)            NOT NULL,
    payload         VARCHAR(1000000)         NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES sol005_subscription (id) ON DELETE CASCADE,
    CONSTRAINT ck_delivery_state CHECK (state IN ('PENDING', 'DELIVERED', 'GAVE_UP'))
);
CREATE INDEX ix_delivery_due ON sol005_delivery (state, next_attempt_at);
