-- Sync: where each account's streams stand, how each account is doing, and what threading and
-- replying need from a stored message.

ALTER TABLE messages ADD COLUMN thread_key VARCHAR(500);
ALTER TABLE messages ADD COLUMN reply_context VARCHAR(8000);
CREATE INDEX messages_thread ON messages (account_id, thread_key);

CREATE TABLE account_status (
    account_id   BIGINT       NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    state        VARCHAR(20)  NOT NULL,
    last_sync_at TIMESTAMP WITH TIME ZONE,
    next_sync_at TIMESTAMP WITH TIME ZONE,
    last_error   VARCHAR(2000),
    failures     INTEGER      NOT NULL DEFAULT 0,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
