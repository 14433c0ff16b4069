CREATE TABLE calls (
    id             TEXT PRIMARY KEY,
    caller_number  TEXT,
    caller_name    TEXT,
    channel        TEXT,
    started_at     TEXT NOT NULL,
    ended_at       TEXT,
    language       TEXT,
    outcome        TEXT CHECK (outcome IN ('transferred', 'callback', 'hung-up', 'ended', 'error', 'interrupted')),
    department     TEXT,
    topic          TEXT,
    config_version TEXT
);
CREATE INDEX calls_started ON calls (started_at);
CREATE INDEX calls_caller ON calls (caller_number);

CREATE TABLE call_steps (
    call_id TEXT NOT NULL REFERENCES calls (id),
    seq     INTEGER NOT NULL,
    at      TEXT NOT NULL,
    node    TEXT NOT NULL,
    event   TEXT NOT NULL,
    input   TEXT,
    PRIMARY KEY (call_id, seq)
);

CREATE TABLE callbacks (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id      TEXT NOT NULL REFERENCES calls (id),
    number       TEXT NOT NULL,
    department   TEXT NOT NULL,
    topic        TEXT,
    message_file TEXT,
    created_at   TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    notes        TEXT,
    updated_at   TEXT NOT NULL
);
-- one open request per number and department: asking twice does not queue the caller twice
CREATE UNIQUE INDEX callbacks_one_open ON callbacks (number, department) WHERE status = 'open';
CREATE INDEX callbacks_status ON callbacks (status, department, created_at);
