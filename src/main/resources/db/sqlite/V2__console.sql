-- The web console: people who sign in, API tokens, configuration versions and their publication, an audit
-- log; callback requests gain what operators need to work them (claims, a "called" status).

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'operator')),
    -- operators only: the department ids they serve, comma separated; NULL serves every department
    departments   TEXT,
    language      TEXT NOT NULL DEFAULT 'en',
    created_at    TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE api_tokens (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_used_at TEXT
);

CREATE TABLE config_versions (
    number       INTEGER PRIMARY KEY AUTOINCREMENT,
    yaml         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    comment      TEXT,
    based_on     INTEGER REFERENCES config_versions (number),
    origin       TEXT NOT NULL CHECK (origin IN ('file', 'console', 'import', 'rollback'))
);

-- every publication, newest last: the live version is the last one
CREATE TABLE config_publications (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    number       INTEGER NOT NULL REFERENCES config_versions (number),
    published_by TEXT NOT NULL,
    published_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT,
    detail  TEXT
);
CREATE INDEX audit_at ON audit_log (at);

CREATE TABLE callbacks_v2 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id      TEXT NOT NULL REFERENCES calls (id),
    number       TEXT NOT NULL,
    department   TEXT NOT NULL,
    topic        TEXT,
    message_file TEXT,
    created_at   TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'called', 'done', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    notes        TEXT,
    updated_at   TEXT NOT NULL,
    claimed_by   TEXT,
    claimed_at   TEXT
);
INSERT INTO callbacks_v2 (id, call_id, number, department, topic, message_file, created_at, status, attempts, notes,
                          updated_at)
    SELECT id, call_id, number, department, topic, message_file, created_at, status, attempts, notes, updated_at
    FROM callbacks;
DROP TABLE callbacks;
ALTER TABLE callbacks_v2 RENAME TO callbacks;
-- one open request per number and department: asking twice does not queue the caller twice
CREATE UNIQUE INDEX callbacks_one_open ON callbacks (number, department) WHERE status = 'open';
CREATE INDEX callbacks_status ON callbacks (status, department, created_at);
CREATE INDEX calls_department ON calls (department, started_at);
