-- Safety first, a person when needed. Numbered 0007 so as not to clash with other branches' migrations.

-- Whom a ticket is for (TicketRouting): liaison, emergency (liaison and secretary at once),
-- complaint or report (the community's secretary and the administrators only, never the grid's liaison).
ALTER TABLE tickets ADD COLUMN routing TEXT NOT NULL DEFAULT 'liaison';

-- 转人工: a live relay between a firm's chat and its grid liaison's chat. Kept in the database, so a
-- relay goes on after a restart and each one is on record: who, when, how long.
CREATE TABLE relays (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    firm_id             INTEGER NOT NULL REFERENCES firms (id),
    firm_channel_id     TEXT    NOT NULL,
    firm_user_id        TEXT    NOT NULL,
    liaison_officer_id  INTEGER NULL REFERENCES officers (id),   -- null: the grid has no liaison
    status              TEXT    NOT NULL,                        -- waiting, active, ended, missed
    requested_at        TEXT    NOT NULL,
    accepted_at         TEXT    NULL,
    ended_at            TEXT    NULL,
    ended_by            TEXT    NULL                             -- firm, liaison, timeout, unavailable
);
CREATE INDEX ix_relays_firm_user ON relays (firm_channel_id, firm_user_id, status);
CREATE INDEX ix_relays_liaison ON relays (liaison_officer_id, status);

-- What was said in a relay, both ways: the description of a ticket filed when no one answered.
CREATE TABLE relay_messages (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    relay_id  INTEGER NOT NULL REFERENCES relays (id),
    sender    TEXT    NOT NULL,                                  -- firm or liaison
    text      TEXT    NOT NULL,
    sent_at   TEXT    NOT NULL
);
CREATE INDEX ix_relay_messages_relay ON relay_messages (relay_id, id);
