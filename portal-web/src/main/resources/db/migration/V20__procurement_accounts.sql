-- Procurement area (seed 003): user accounts keyed by IIN, their one-time e-mail tokens, and the
-- certificate step of a login that is waiting for its password or its registration form.
CREATE TABLE procurement_account (
    id BIGSERIAL PRIMARY KEY,
    iin CHAR(12) NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    surname TEXT,
    given_name TEXT,
    patronymic TEXT,
    birth_date DATE,
    bin CHAR(12),
    organisation TEXT,
    email TEXT NOT NULL,
    phone TEXT,
    resident BOOLEAN NOT NULL DEFAULT TRUE,
    status TEXT NOT NULL CHECK (status IN ('REGISTERED_EMAIL_UNCONFIRMED', 'ACTIVE')),
    email_confirmed_at TIMESTAMPTZ,
    password_hash TEXT NOT NULL,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    failed_login_count INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMPTZ,
    agreement_document_id BIGINT NOT NULL,
    is_administrator BOOLEAN NOT NULL DEFAULT FALSE,
    registered_at TIMESTAMPTZ NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE procurement_mail_token (
    token_hash CHAR(64) PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES procurement_account (id),
    purpose TEXT NOT NULL CHECK (purpose IN ('ACTIVATION', 'RECOVERY')),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE INDEX procurement_mail_token_account ON procurement_mail_token (account_id);

-- One row per browser session that has passed the certificate step but not yet the password step.
CREATE TABLE procurement_login_step (
    session_id TEXT PRIMARY KEY,
    iin CHAR(12) NOT NULL,
    full_name TEXT NOT NULL,
    surname TEXT,
    given_name TEXT,
    patronymic TEXT,
    bin CHAR(12),
    organisation TEXT,
    email TEXT,
    certificate_serial TEXT NOT NULL,
    agreement_document_id BIGINT,
    created_at TIMESTAMPTZ NOT NULL
);
