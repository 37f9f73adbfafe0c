-- Errands, issue 5 finished: how a failed delivery stands (retrying with a back-off, refused for good, or
-- given up after the cap), and the last Open311 status read back for each errand, so a status seen on an
-- earlier poll is never recorded twice.

-- failure: NULL (delivered or never tried), 'retrying', 'refused' (a permanent refusal: not retried) or
-- 'gave-up' (transient failures past the cap: flagged for the agent).
ALTER TABLE errand_deliveries ADD COLUMN failure VARCHAR(20);
ALTER TABLE errand_deliveries ADD COLUMN first_failed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE errand_deliveries ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE open311_statuses (
    errand_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES errands (id) ON DELETE CASCADE,
    status       VARCHAR(40)   NOT NULL,
    status_notes VARCHAR(4000),
    agency       VARCHAR(400),
    polled_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
