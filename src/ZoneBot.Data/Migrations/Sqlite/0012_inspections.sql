-- Safety inspections (检查 → 整改 → 上报 → 闭环): each grid's annual plan, the inspections, their hazards and photos.

-- One inspection of a firm: planned by year and round (1 and 2 the cycles, 3 on the extra inspections of red and
-- orange firms), or round 0 for one outside the plan. Dates are zone dates written yyyy-MM-dd.
CREATE TABLE inspections (
    id           INTEGER PRIMARY KEY,
    firm_id      INTEGER NOT NULL REFERENCES firms (id),
    grid_id      INTEGER NOT NULL REFERENCES grids (id),
    year         INTEGER NOT NULL,
    round        INTEGER NOT NULL CHECK (round >= 0),
    kind         TEXT    NOT NULL,
    due_from     TEXT    NOT NULL,
    due_by       TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'rectifying', 'closed')),
    inspected_at TEXT    NULL,
    inspected_by INTEGER NULL REFERENCES officers (id),
    closed_at    TEXT    NULL
);
-- Planning the same year again adds nothing: one row per firm, year and planned round.
CREATE UNIQUE INDEX ux_inspections_firm_year_round ON inspections (firm_id, year, round) WHERE round > 0;
CREATE INDEX ix_inspections_grid_id_status_due_by ON inspections (grid_id, status, due_by);

-- What each point of the checklist came to.
CREATE TABLE inspection_items (
    inspection_id INTEGER NOT NULL REFERENCES inspections (id),
    item_code     TEXT    NOT NULL,
    result        TEXT    NOT NULL CHECK (result IN ('passed', 'hazard')),
    PRIMARY KEY (inspection_id, item_code)
);

-- A hazard (隐患) found, the firm's rectification of it and the liaison's review (复查).
CREATE TABLE hazards (
    id             INTEGER PRIMARY KEY,
    inspection_id  INTEGER NOT NULL REFERENCES inspections (id),
    item_code      TEXT    NOT NULL,
    level          TEXT    NOT NULL CHECK (level IN ('general', 'major')),
    note           TEXT    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reported', 'extension_asked', 'accepted')),
    found_at       TEXT    NOT NULL,
    due_at         TEXT    NOT NULL,    -- midnight after the last day to rectify by
    reported_at    TEXT    NULL,        -- the firm's latest 已整改
    firm_note      TEXT    NULL,        -- what the firm said with it, or why it asks for more time
    extension_days INTEGER NULL,
    review_note    TEXT    NULL,        -- the liaison's note when sending it back
    accepted_at    TEXT    NULL
);
CREATE INDEX ix_hazards_inspection_id ON hazards (inspection_id);
CREATE INDEX ix_hazards_status_due_at ON hazards (status, due_at);

-- Photos kept as references: of the hazard when found, of the rectification when reported.
CREATE TABLE hazard_photos (
    id           INTEGER PRIMARY KEY,
    hazard_id    INTEGER NOT NULL REFERENCES hazards (id),
    stage        TEXT    NOT NULL CHECK (stage IN ('found', 'rectified')),
    name         TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    url          TEXT    NOT NULL
);
CREATE INDEX ix_hazard_photos_hazard_id ON hazard_photos (hazard_id);

-- Overdue rectifications escalated, as ticket_escalations: once per hazard, level and due time.
CREATE TABLE hazard_escalations (
    hazard_id    INTEGER NOT NULL REFERENCES hazards (id),
    level        TEXT    NOT NULL CHECK (level IN ('secretary', 'admin')),
    due_at       TEXT    NOT NULL,
    escalated_at TEXT    NOT NULL,
    PRIMARY KEY (hazard_id, level, due_at)
);
