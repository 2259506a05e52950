-- Sign requests: what the server asked a user to sign, single use, expiring, bound to a session, an action
-- and the version of the object it acts on.
CREATE TABLE sign_request (
    id UUID PRIMARY KEY,
    session_id TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    object_version BIGINT NOT NULL,
    key_purpose TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    expected_iin TEXT,
    expected_bin TEXT,
    format TEXT NOT NULL CHECK (format IN ('xml', 'cms')),
    content BYTEA NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE INDEX sign_request_expiry ON sign_request (expires_at) WHERE used_at IS NULL;

-- Every verified signature the portal accepted, with the signed bytes and the verification report.
CREATE TABLE signed_document (
    id BIGSERIAL PRIMARY KEY,
    request_id UUID NOT NULL UNIQUE REFERENCES sign_request (id),
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    object_version BIGINT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('xml', 'cms')),
    signed_bytes BYTEA NOT NULL,
    content BYTEA NOT NULL,
    signer_iin TEXT,
    signer_bin TEXT,
    signer_name TEXT NOT NULL,
    signer_organization TEXT,
    signer_serial TEXT NOT NULL,
    signer_issuer TEXT NOT NULL,
    signer_subject_kind TEXT NOT NULL,
    signer_purpose TEXT NOT NULL,
    signer_algorithm TEXT NOT NULL,
    signer_certificate BYTEA NOT NULL,
    timestamp_time TIMESTAMPTZ,
    report_json TEXT NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX signed_document_object ON signed_document (object_type, object_id);
