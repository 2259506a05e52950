-- The bytes of every procurement file, one row per SHA-256, so that any portal instance on this database can
-- serve and re-check every file (files uploaded before this migration stay readable from the data directory).
CREATE TABLE procurement_file_content (
    sha256 CHAR(64) PRIMARY KEY,
    size BIGINT NOT NULL CHECK (size >= 0),
    content BYTEA NOT NULL
);
