-- Files uploaded through the NURSign module's file contract (bridge-protocol.md §6): a file is stored once
-- per SHA-256; every upload adds the uploader's verified detached signature over it.
CREATE TABLE procurement_upload_token (
    token_hash CHAR(64) PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES procurement_account (id),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);

CREATE TABLE procurement_file (
    id TEXT PRIMARY KEY,
    sha256 CHAR(64) NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    file_size BIGINT NOT NULL,
    storage_name TEXT NOT NULL,
    first_account_id BIGINT NOT NULL REFERENCES procurement_account (id),
    stored_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE procurement_file_signature (
    id BIGSERIAL PRIMARY KEY,
    file_id TEXT NOT NULL REFERENCES procurement_file (id),
    account_id BIGINT NOT NULL REFERENCES procurement_account (id),
    signature BYTEA NOT NULL,
    indication TEXT NOT NULL,
    signer_iin CHAR(12),
    signer_bin CHAR(12),
    signer_name TEXT,
    certificate_serial TEXT,
    signing_time TIMESTAMPTZ,
    report_json TEXT NOT NULL,
    signed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX procurement_file_signature_account ON procurement_file_signature (account_id);
