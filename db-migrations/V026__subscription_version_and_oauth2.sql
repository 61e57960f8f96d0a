-- SOL005 subscriptions (issue 28): SOL013's OAUTH2_CLIENT_CREDENTIALS authentication (the client id in auth_user, the
-- sealed client password in auth_secret, and the token endpoint here). The API version a subscription was made on is
-- V027's api_version.
ALTER TABLE sol005_subscription ADD COLUMN auth_token_endpoint VARCHAR(2000);
ALTER TABLE sol005_subscription ALTER COLUMN auth_type SET DATA TYPE VARCHAR(32);
ALTER TABLE sol005_subscription DROP CONSTRAINT ck_subscription_auth;
ALTER TABLE sol005_subscription ADD CONSTRAINT ck_subscription_auth
    CHECK (auth_type IN ('NONE', 'BASIC', 'HMAC_SHA256', 'OAUTH2_CLIENT_CREDENTIALS'));
