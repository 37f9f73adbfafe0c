-- Duplicate cases linked so that one errand answers everyone: a case points to the main case it
-- duplicates (one level only: the main case of a main case is resolved when linking, see docs/decisions/0018).
CREATE TABLE case_links (
    case_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES cases (id),
    duplicate_of BIGINT       NOT NULL REFERENCES cases (id),
    linked_by    VARCHAR(200) NOT NULL,
    linked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_links_main ON case_links (duplicate_of, case_id);

-- "Not the same person": a dismissed contact suggestion is not offered again. The pair is stored
-- with the smaller contact id first.
CREATE TABLE contact_dismissals (
    contact_id   BIGINT       NOT NULL REFERENCES contacts (id),
    other_id     BIGINT       NOT NULL REFERENCES contacts (id),
    dismissed_by VARCHAR(200) NOT NULL,
    dismissed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contact_id, other_id)
);
