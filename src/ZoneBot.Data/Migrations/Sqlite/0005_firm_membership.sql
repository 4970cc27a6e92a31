-- Verified firm membership: who may read and act on a firm's tickets, the codes that prove it, and
-- limits on guessing codes (firm codes and officers' binding codes) per user, per address and overall.

-- The firm's registered contact phone: where a membership code is sent by SMS.
ALTER TABLE firms ADD COLUMN contact_phone TEXT NULL;

-- A chat user who proved they belong to the firm they speak for: by a code sent to the firm's phone
-- (sms) or one the grid liaison gave them (liaison). Linking to another firm clears it.
ALTER TABLE firm_users ADD COLUMN verified_at TEXT NULL;
ALTER TABLE firm_users ADD COLUMN verified_by TEXT NULL CHECK (verified_by IN ('sms', 'liaison'));

-- One-time membership codes: only the hash is kept. An SMS code works only for the chat user who asked
-- for it (channel_id, user_id, and the address it came from, to limit sends); a liaison's code for
-- whoever the liaison gives it to.
CREATE TABLE firm_codes (
    id         INTEGER PRIMARY KEY,
    firm_id    INTEGER NOT NULL REFERENCES firms (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('sms', 'liaison')),
    code_hash  TEXT    NOT NULL,
    channel_id TEXT    NULL,
    user_id    TEXT    NULL,
    client_address TEXT NULL,
    issued_at  TEXT    NOT NULL,
    expires_at TEXT    NOT NULL,
    used_at    TEXT    NULL
);
CREATE INDEX ix_firm_codes_firm_id_issued_at ON firm_codes (firm_id, issued_at);
CREATE INDEX ix_firm_codes_channel_user ON firm_codes (channel_id, user_id, issued_at);
CREATE INDEX ix_firm_codes_address ON firm_codes (client_address, issued_at);

-- Wrong membership codes, counted per firm, per chat user and per client address.
CREATE TABLE firm_code_failures (
    id             INTEGER PRIMARY KEY,
    firm_id        INTEGER NOT NULL REFERENCES firms (id),
    channel_id     TEXT    NOT NULL,
    user_id        TEXT    NOT NULL,
    client_address TEXT    NULL,
    failed_at      TEXT    NOT NULL
);
CREATE INDEX ix_firm_code_failures_firm ON firm_code_failures (firm_id, failed_at);
CREATE INDEX ix_firm_code_failures_user ON firm_code_failures (channel_id, user_id, failed_at);
CREATE INDEX ix_firm_code_failures_address ON firm_code_failures (client_address, failed_at);

-- Wrong binding codes are also counted per client address and overall, not only per chat user.
ALTER TABLE bind_failures ADD COLUMN client_address TEXT NULL;
CREATE INDEX ix_bind_failures_address ON bind_failures (client_address, failed_at);
CREATE INDEX ix_bind_failures_failed_at ON bind_failures (failed_at);

-- Who did it, beyond the name shown: the chat user behind a firm's 补充, 催办 and 评价.
ALTER TABLE ticket_events ADD COLUMN actor_channel_id TEXT NULL;
ALTER TABLE ticket_events ADD COLUMN actor_user_id TEXT NULL;
