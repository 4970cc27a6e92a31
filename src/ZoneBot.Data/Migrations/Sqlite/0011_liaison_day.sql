-- The liaison's day: internal history notes, alerts in order per ticket and recipient, firms' English names.

-- A history entry only officers read (研判's note, 转派's and 申请延期's reasons): the firm's view leaves its note out.
ALTER TABLE ticket_events ADD COLUMN is_internal INTEGER NOT NULL DEFAULT 0 CHECK (is_internal IN (0, 1));
UPDATE ticket_events SET is_internal = 1
WHERE (kind = 'stage_changed' AND stage = 'assessed') OR kind IN ('transferred', 'extension_requested', 'extension_decided', 'escalated');

-- The ticket an alert is about: a recipient gets a ticket's alerts in the order they were written.
ALTER TABLE outbox ADD COLUMN ticket_id INTEGER NULL REFERENCES tickets (id);
UPDATE outbox SET ticket_id = json_extract(payload, '$.ticketId') WHERE kind LIKE 'ticket.%';
CREATE INDEX ix_outbox_ticket_id_pending ON outbox (ticket_id, id) WHERE status = 'pending';

-- The firm's English name, from the roster when it has one: found by it, shown beside the Chinese one in English.
ALTER TABLE firms ADD COLUMN english_name TEXT NULL;
