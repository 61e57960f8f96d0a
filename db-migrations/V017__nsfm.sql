-- SOL005 nsfm (issue 21): its subscriptions, and which alarm changes it has notified.
--
-- Which alarm changes (AlarmChanged events, by their own id) have already been turned into
-- notifications. The event publication registry resubmits a listener that did not complete, and may deliver an event
-- twice; a row here, written in the same transaction as the notifications, makes a repeat write nothing. Rows older
-- than a week are pruned by the listener (resubmission happens within minutes).
CREATE TABLE nsfm_notified (
    event_id     UUID                     PRIMARY KEY,
    alarm_id     UUID                     NOT NULL,
    notified_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_nsfm_notified_at ON nsfm_notified (notified_at);

-- nsfm has subscriptions too (AlarmNotification, AlarmClearedNotification).
ALTER TABLE sol005_subscription DROP CONSTRAINT ck_subscription_api;
ALTER TABLE sol005_subscription ADD CONSTRAINT ck_subscription_api CHECK (api IN ('vnfpkgm', 'nsd', 'nslcm', 'nsfm'));
