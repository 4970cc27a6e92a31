-- Urging (催办) is allowed once an hour per ticket: the last urge is kept on the ticket, so the
-- check and the write are one conditional UPDATE that two simultaneous urges cannot both pass.
ALTER TABLE tickets ADD COLUMN last_urged_at TIMESTAMPTZ NULL;

-- The next filing prefills the contact from the user's last ticket.
CREATE INDEX ix_tickets_channel_user ON tickets (channel_id, user_id, created_at);
