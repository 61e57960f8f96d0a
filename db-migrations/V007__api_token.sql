-- API tokens for automation: named, with a role no higher than their owner's, expiring and revocable. Only a
-- SHA-256 hash of the secret is kept (the secret is 256 random bits, so a slow hash adds nothing); it is shown once.
CREATE TABLE api_token (
    id           UUID                     PRIMARY KEY,
    name         VARCHAR(100)             NOT NULL,
    owner        VARCHAR(64)              NOT NULL,
    role         VARCHAR(20)              NOT NULL,
    secret_hash  VARCHAR(64)              NOT NULL,
    hint         VARCHAR(16)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(64),
    last_used_at TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_token_hash UNIQUE (secret_hash),
    CONSTRAINT uk_api_token_name UNIQUE (owner, name),
    CONSTRAINT ck_api_token_role CHECK (role IN ('VIEWER', 'OPERATOR', 'ADMIN'))
);
CREATE INDEX ix_api_token_owner ON api_token (owner);
