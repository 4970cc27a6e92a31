-- /healthz writes this one row: a database that cannot be written (read-only file, full disk) is unhealthy.
CREATE TABLE health_probe (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at TEXT    NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, NULL);

-- Direct Line data are purged by age (State:DirectLineDays): by the conversation's last activity.
ALTER TABLE direct_line_conversations ADD COLUMN last_active_at TEXT NULL;
UPDATE direct_line_conversations SET last_active_at = COALESCE(
    (SELECT MAX(a.created_at) FROM direct_line_activities AS a WHERE a.conversation_id = direct_line_conversations.id),
    created_at);
CREATE INDEX ix_direct_line_conversations_last_active_at ON direct_line_conversations (last_active_at);
