-- The fleet: targets Chainline deploys to (Kubernetes clusters, OpenStack clouds, Docker hosts or Swarms), their
-- access details sealed with AES-GCM (never stored in the clear), their health, and what the last inventory sync saw.
CREATE TABLE fleet_target (
    id              UUID                     PRIMARY KEY,
    name            VARCHAR(100)             NOT NULL,
    name_key        VARCHAR(100)             NOT NULL,
    kind            VARCHAR(16)              NOT NULL,
    site            VARCHAR(100)             NOT NULL,
    region          VARCHAR(100)             NOT NULL,
    labels          VARCHAR(2000)            NOT NULL,
    endpoint        VARCHAR(500)             NOT NULL,
    access_sealed   VARCHAR(200000)          NOT NULL,
    health          VARCHAR(16)              NOT NULL,
    health_message  VARCHAR(2000)            NOT NULL,
    checked_at      TIMESTAMP WITH TIME ZONE,
    server_version  VARCHAR(200)             NOT NULL,
    synced_at       TIMESTAMP WITH TIME ZONE,
    sync_message    VARCHAR(2000)            NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)              NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64)              NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_fleet_target_name UNIQUE (name_key),
    CONSTRAINT ck_fleet_target_kind CHECK (kind IN ('KUBERNETES', 'OPENSTACK', 'DOCKER')),
    CONSTRAINT ck_fleet_target_health CHECK (health IN ('UNKNOWN', 'REACHABLE', 'UNREACHABLE'))
);

CREATE TABLE fleet_node (
    target_id              UUID          NOT NULL REFERENCES fleet_target (id) ON DELETE CASCADE,
    position               INTEGER       NOT NULL,
    name                   VARCHAR(253)  NOT NULL,
    architecture           VARCHAR(32)   NOT NULL,
    reported_architecture  VARCHAR(64)   NOT NULL,
    operating_system       VARCHAR(200)  NOT NULL,
    milli_cpu              BIGINT        NOT NULL,
    memory_bytes           BIGINT        NOT NULL,
    labels                 VARCHAR(20000) NOT NULL,
    ready                  BOOLEAN       NOT NULL,
    CONSTRAINT pk_fleet_node PRIMARY KEY (target_id, position)
);

CREATE TABLE fleet_runtime_class (
    target_id  UUID         NOT NULL REFERENCES fleet_target (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       VARCHAR(253) NOT NULL,
    handler    VARCHAR(253) NOT NULL,
    CONSTRAINT pk_fleet_runtime_class PRIMARY KEY (target_id, position)
);
