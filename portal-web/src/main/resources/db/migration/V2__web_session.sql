-- Sessions live here, not in memory, so any portal instance serves any request.
-- id is the SHA-256 (hex) of the cookie token; the token itself is never stored.
CREATE TABLE web_session (
    id                   TEXT PRIMARY KEY,
    csrf_token           TEXT NOT NULL,
    lang                 TEXT,
    principal_area       TEXT,
    principal_account_id BIGINT,
    principal_roles      TEXT,
    principal_name       TEXT,
    principal_iin        TEXT,
    principal_bin        TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    last_seen_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_session_last_seen ON web_session (last_seen_at);
