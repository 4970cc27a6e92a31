-- Officers: binding a chat, alerts to anyone, escalation and extensions of deadlines.

-- Where proactive messages to a chat user who is not an officer go: the firm user who filed a ticket.
-- JSON of the channel's conversation reference, saved when they file and refreshed by their later
-- messages. (An officer's is officers.conversation_reference.)
CREATE TABLE chat_references (
    channel_id TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    reference  TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);

-- Wrong binding codes by chat user: 5 within an hour lock the user out of binding for an hour.
CREATE TABLE bind_failures (
    id         INTEGER PRIMARY KEY,
    channel_id TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    failed_at  TEXT NOT NULL
);
CREATE INDEX ix_bind_failures_channel_user ON bind_failures (channel_id, user_id, failed_at);

-- The copy of an alert for the grid's group webhook goes out once, even when the chat delivery is retried.
ALTER TABLE outbox ADD COLUMN webhook_sent_at TEXT NULL;
CREATE INDEX ix_outbox_recipient_user ON outbox (recipient_channel_id, recipient_user_id);

-- Escalations raised: once per ticket, deadline, level and due time, so a new deadline (an
-- approved extension, a reopened ticket) can be escalated again, but a sweep never repeats one.
CREATE TABLE ticket_escalations (
    ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
    deadline     TEXT    NOT NULL CHECK (deadline IN ('response', 'handle')),
    level        TEXT    NOT NULL CHECK (level IN ('secretary', 'admin')),
    due_at       TEXT    NOT NULL,
    escalated_at TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, deadline, level, due_at)
);
CREATE INDEX ix_ticket_escalations_level_escalated_at ON ticket_escalations (level, escalated_at);

-- 申请延期: more days to handle a ticket, asked by an officer, decided by the secretary or an administrator.
CREATE TABLE ticket_extensions (
    id           INTEGER PRIMARY KEY,
    ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
    requested_by INTEGER NOT NULL REFERENCES officers (id),
    days         INTEGER NOT NULL CHECK (days BETWEEN 1 AND 30),
    reason       TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    requested_at TEXT    NOT NULL,
    decided_by   INTEGER NULL REFERENCES officers (id),
    decided_at   TEXT    NULL
);
-- One open request per ticket.
CREATE UNIQUE INDEX ux_ticket_extensions_pending ON ticket_extensions (ticket_id) WHERE status = 'pending';
