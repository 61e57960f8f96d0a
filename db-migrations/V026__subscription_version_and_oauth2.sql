-- SOL005 subscriptions (issue 28): which version of its API a subscription was made on (every notification and the
-- callback's test GET carry it in SOL013's Version header), and SOL013's OAUTH2_CLIENT_CREDENTIALS authentication
-- (the client id in auth_user, the sealed client password in auth_secret, and the token endpoint here).
ALTER TABLE sol005_subscription ADD COLUMN api_version VARCHAR(16);
UPDATE sol005_subscription SET api_version = '1.0.0' WHERE api = 'nsfm';
UPDATE sol005_subscription SET api_version = '2.0.0' WHERE api <> 'nsfm';
ALTER TABLE sol005_subscription ALTER COLUMN api_version SET NOT NULL;
ALTER TABLE sol005_subscription ADD COLUMN auth_token_endpoint VARCHAR(2000);
ALTER TABLE sol005_subscription ALTER COLUMN auth_type SET DATA TYPE VARCHAR(32);
ALTER TABLE sol005_subscription DROP CONSTRAINT ck_subscription_auth;
ALTER TABLE sol005_subscription ADD CONSTRAINT ck_subscription_auth
    CHECK (auth_type IN ('NONE', 'BASIC', 'HMAC_SHA256', 'OAUTH2_CLIENT_CREDENTIALS'));
