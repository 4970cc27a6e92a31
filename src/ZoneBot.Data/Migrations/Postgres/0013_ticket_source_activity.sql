-- The message that confirmed a filing (channel, conversation and activity id): a channel's retry of that message, after a
-- filing that committed and a turn that did not, finds its ticket instead of filing it again. Null for tickets filed
-- otherwise (imports, tickets older than this column).
ALTER TABLE tickets ADD COLUMN source_activity TEXT NULL;
CREATE UNIQUE INDEX ux_tickets_source_activity ON tickets (source_activity) WHERE source_activity IS NOT NULL;
