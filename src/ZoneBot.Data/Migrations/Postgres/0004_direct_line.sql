-- ZoneBot's own Direct Line (the web chat page): conversations, their activities in order, and uploaded files.
-- (PostgreSQL types: instants TIMESTAMPTZ, counters BIGINT, files BYTEA.)

-- A conversation belongs to one user, whose id the server chose when it issued the token.
CREATE TABLE direct_line_conversations (
    id            TEXT    PRIMARY KEY,
    user_id       TEXT    NOT NULL,
    locale        TEXT    NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    started_at    TIMESTAMPTZ NULL,              -- when the bot was told the user joined; set once
    last_sequence BIGINT  NOT NULL DEFAULT 0  -- the counter behind the activities' sequence (the watermark)
);
CREATE INDEX ix_direct_line_conversations_user_id ON direct_line_conversations (user_id);

-- Every activity of a conversation, both ways, as the clients get it (JSON), numbered 1, 2, 3... per conversation.
CREATE TABLE direct_line_activities (
    conversation_id    TEXT    NOT NULL REFERENCES direct_line_conversations (id),
    sequence           BIGINT  NOT NULL,
    activity_id        TEXT    NOT NULL,
    client_activity_id TEXT    NULL,          -- Web Chat's channelData.clientActivityID: a re-sent message is kept once
    activity           TEXT    NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
);
CREATE UNIQUE INDEX ux_direct_line_activities_client ON direct_line_activities (conversation_id, client_activity_id)
    WHERE client_activity_id IS NOT NULL;

-- Files uploaded with a message (photos for 报事). The id is random and unguessable: it is the file's address.
CREATE TABLE direct_line_attachments (
    id              TEXT    PRIMARY KEY,
    conversation_id TEXT    NOT NULL REFERENCES direct_line_conversations (id),
    name            TEXT    NOT NULL,
    content_type    TEXT    NOT NULL,
    content         BYTEA   NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_direct_line_attachments_conversation_id ON direct_line_attachments (conversation_id);
