-- Which console watches which target (issue 21): exactly one replica observes a target at a time, so N consoles do not
-- multiply the load on it. A console renews its leases every round; a lease not renewed for its time-to-live is taken
-- over by whichever console's conditional UPDATE runs first. No foreign key: a lease of a removed target is harmless
-- and is deleted by the next round.
CREATE TABLE target_lease (
    target_id   UUID                     PRIMARY KEY,
    holder      VARCHAR(100)             NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    renewed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
