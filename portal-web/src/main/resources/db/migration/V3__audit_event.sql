-- The journal of every action, written in the transaction of the change it describes.
CREATE TABLE audit_event (
    id               BIGSERIAL PRIMARY KEY,
    at               TIMESTAMPTZ NOT NULL,
    actor_area       TEXT,
    actor_account_id BIGINT,
    actor_name       TEXT,
    actor_iin        TEXT,
    actor_bin        TEXT,
    action           TEXT NOT NULL,
    object_type      TEXT,
    object_id        TEXT,
    details          TEXT
);
CREATE INDEX audit_event_object ON audit_event (object_type, object_id);
