-- ZoneBot's first schema (SQLite).
-- Conventions: snake_case; ids are INTEGER PRIMARY KEY (SQLite's rowid); enums are stored as the
-- domain's stable codes (TEXT); booleans as INTEGER 0/1; instants as ISO-8601 UTC text
-- (yyyy-MM-ddTHH:mm:ss.fffffffZ), which sorts and compares as text.

-- The zone: communities and their grids.
CREATE TABLE communities (
    id             INTEGER PRIMARY KEY,
    code           TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL UNIQUE,
    office_phone   TEXT    NOT NULL,
    office_address TEXT    NOT NULL
);

CREATE TABLE grids (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    code         TEXT    NOT NULL UNIQUE,
    number       INTEGER NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    roads        TEXT    NULL,    -- the roads it covers, joined with 、 (Grid.RoadSeparator)
    webhook_url  TEXT    NULL
);
CREATE INDEX ix_grids_community_id ON grids (community_id);

-- Officers, and the chat user each one bound with a one-time code.
CREATE TABLE officers (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT    NOT NULL,
    phone                  TEXT    NOT NULL UNIQUE,
    role                   TEXT    NOT NULL CHECK (role IN ('liaison', 'secretary', 'department', 'admin')),
    grid_id                INTEGER NULL REFERENCES grids (id),
    community_id           INTEGER NULL REFERENCES communities (id),
    channel_id             TEXT    NULL,
    channel_user_id        TEXT    NULL,
    conversation_reference TEXT    NULL,    -- JSON: where proactive alerts go, kept across restarts
    bind_code_hash         TEXT    NULL,    -- never the code itself
    bind_code_expires_at   TEXT    NULL,
    bind_code_used         INTEGER NOT NULL DEFAULT 0 CHECK (bind_code_used IN (0, 1))
);
CREATE INDEX ix_officers_grid_id ON officers (grid_id);
CREATE INDEX ix_officers_community_id ON officers (community_id);
-- One chat user is at most one officer.
CREATE UNIQUE INDEX ux_officers_channel_user ON officers (channel_id, channel_user_id) WHERE channel_id IS NOT NULL;
CREATE INDEX ix_officers_bind_code_hash ON officers (bind_code_hash) WHERE bind_code_hash IS NOT NULL;

-- Firms and the chat users linked to them.
CREATE TABLE firms (
    id          INTEGER PRIMARY KEY,
    credit_code TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    short_name  TEXT    NOT NULL,
    address     TEXT    NOT NULL,
    road        TEXT    NULL,
    industry    TEXT    NOT NULL,    -- no CHECK: the real roster may bring industries we do not list yet
    colour      TEXT    NOT NULL DEFAULT 'green' CHECK (colour IN ('green', 'yellow', 'orange', 'red')),
    grid_id     INTEGER NOT NULL REFERENCES grids (id)
);
CREATE INDEX ix_firms_grid_id ON firms (grid_id);
CREATE INDEX ix_firms_name ON firms (name);
CREATE INDEX ix_firms_short_name ON firms (short_name);
CREATE INDEX ix_firms_road ON firms (road);

CREATE TABLE firm_users (
    channel_id TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    firm_id    INTEGER NOT NULL REFERENCES firms (id),
    linked_at  TEXT    NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX ix_firm_users_firm_id ON firm_users (firm_id);

-- Tickets, their history and attachments.
CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    number             TEXT    NOT NULL UNIQUE,    -- ZB-yyyyMMdd-NNNN
    firm_id            INTEGER NOT NULL REFERENCES firms (id),
    grid_id            INTEGER NOT NULL REFERENCES grids (id),
    category           TEXT    NOT NULL CHECK (category IN ('party_building', 'safety', 'environment', 'social_affairs', 'enterprise_service', 'other')),
    description        TEXT    NOT NULL,
    location           TEXT    NULL,
    urgency            TEXT    NOT NULL CHECK (urgency IN ('normal', 'urgent')),
    contact_name       TEXT    NOT NULL,
    contact_phone      TEXT    NOT NULL,
    preferred_visit_at TEXT    NULL,
    stage              TEXT    NOT NULL CHECK (stage IN ('reported', 'assessed', 'fed_back', 'handled', 'reviewed', 'closed')),
    created_at         TEXT    NOT NULL,
    response_due_at    TEXT    NOT NULL,
    handle_due_at      TEXT    NOT NULL,
    channel_id         TEXT    NULL,
    user_id            TEXT    NULL,
    rating             TEXT    NULL CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
    rating_comment     TEXT    NULL
);
CREATE INDEX ix_tickets_firm_id_created_at ON tickets (firm_id, created_at);
CREATE INDEX ix_tickets_grid_id_stage ON tickets (grid_id, stage);
CREATE INDEX ix_tickets_stage_response_due_at ON tickets (stage, response_due_at);
CREATE INDEX ix_tickets_created_at ON tickets (created_at);

CREATE TABLE ticket_events (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
    stage      TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    note       TEXT    NULL,
    created_at TEXT    NOT NULL
);
CREATE INDEX ix_ticket_events_ticket_id_created_at ON ticket_events (ticket_id, created_at);

CREATE TABLE ticket_attachments (
    id           INTEGER PRIMARY KEY,
    ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
    name         TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    url          TEXT    NOT NULL
);
CREATE INDEX ix_ticket_attachments_ticket_id ON ticket_attachments (ticket_id);

-- Gap-free numbering: one row per zone date (yyyy-MM-dd), incremented in the filing transaction.
CREATE TABLE ticket_number_counters (
    day         TEXT    PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Volunteers.
CREATE TABLE volunteer_teams (
    id                 INTEGER PRIMARY KEY,
    code               TEXT    NOT NULL UNIQUE,
    name               TEXT    NOT NULL UNIQUE,
    description        TEXT    NOT NULL,
    needs_party_member INTEGER NOT NULL DEFAULT 0 CHECK (needs_party_member IN (0, 1)),
    capacity           INTEGER NULL,
    leader_officer_id  INTEGER NULL REFERENCES officers (id)
);
CREATE INDEX ix_volunteer_teams_leader_officer_id ON volunteer_teams (leader_officer_id);

CREATE TABLE volunteers (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL,
    phone            TEXT    NOT NULL UNIQUE,    -- the phone identifies the person
    employer_firm_id INTEGER NULL REFERENCES firms (id),
    channel_id       TEXT    NULL,
    user_id          TEXT    NULL,
    consent_at       TEXT    NOT NULL
);
CREATE INDEX ix_volunteers_employer_firm_id ON volunteers (employer_firm_id);
CREATE INDEX ix_volunteers_channel_user ON volunteers (channel_id, user_id);

CREATE TABLE volunteer_memberships (
    id           INTEGER PRIMARY KEY,
    volunteer_id INTEGER NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    team_id      INTEGER NOT NULL REFERENCES volunteer_teams (id),
    availability TEXT    NOT NULL,
    party_member INTEGER NULL CHECK (party_member IN (0, 1)),    -- null when the team does not ask
    joined_at    TEXT    NOT NULL,
    UNIQUE (volunteer_id, team_id)
);
CREATE INDEX ix_volunteer_memberships_team_id ON volunteer_memberships (team_id);

-- Alerts to deliver, written in the same transaction as the change that causes them.
CREATE TABLE outbox (
    id                   INTEGER PRIMARY KEY,
    kind                 TEXT    NOT NULL,
    recipient_officer_id INTEGER NULL REFERENCES officers (id),
    recipient_channel_id TEXT    NULL,    -- a firm's or volunteer's chat user, when not an officer
    recipient_user_id    TEXT    NULL,
    payload              TEXT    NOT NULL,    -- JSON
    status               TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
    attempts             INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      TEXT    NOT NULL,
    claimed_until        TEXT    NULL,    -- a dispatcher's lease, so two instances never send twice
    last_error           TEXT    NULL,
    created_at           TEXT    NOT NULL,
    sent_at              TEXT    NULL
);
CREATE INDEX ix_outbox_status_next_attempt_at ON outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_recipient_officer_id ON outbox (recipient_officer_id);

-- Activities already handled, so a channel's retry never files a second ticket or sign-up.
CREATE TABLE processed_activities (
    channel_id      TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    activity_id     TEXT NOT NULL,
    result          TEXT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (channel_id, conversation_id, activity_id)
);
CREATE INDEX ix_processed_activities_created_at ON processed_activities (created_at);

-- Conversation and user state for a SQL-backed bot storage; etag for optimistic concurrency.
CREATE TABLE bot_state (
    key        TEXT PRIMARY KEY,
    etag       TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
