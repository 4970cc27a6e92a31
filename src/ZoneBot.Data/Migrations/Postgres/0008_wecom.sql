-- The WeCom (企业微信) channel: callbacks already taken, the choices last offered per conversation, images users
-- sent, and the customer-service (微信客服) message cursor. (PostgreSQL types: instants TIMESTAMPTZ, files BYTEA.)

-- A callback WeCom delivered (its MsgId, or user, time and event for events): a replay changes nothing.
CREATE TABLE wecom_received (
    message_key TEXT PRIMARY KEY,
    received_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_wecom_received_received_at ON wecom_received (received_at);

-- The suggested actions of the bot's last message in a WeCom conversation, shown as numbered lines:
-- a number typed back picks one. JSON array of {"title": ..., "value": ...}.
CREATE TABLE wecom_offered_actions (
    conversation_id TEXT PRIMARY KEY,
    actions         TEXT NOT NULL,
    offered_at      TIMESTAMPTZ NOT NULL
);

-- Images a WeCom user sent (fetched through media/get), kept like Web Chat uploads. The random id is the key.
CREATE TABLE wecom_media (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content      BYTEA NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

-- Where sync_msg stopped, per customer-service account: nothing read twice or skipped across restarts and instances.
CREATE TABLE wecom_kf_cursors (
    open_kfid   TEXT PRIMARY KEY,
    next_cursor TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
