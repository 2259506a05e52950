-- Social area: organisations (suppliers), their registry memberships, the regional review departments
-- (УКЗиСП) with their reviewers, and the service recipients.

CREATE TABLE social_ukzisp (
    bin          CHAR(12) PRIMARY KEY,
    name_ru      TEXT NOT NULL,
    name_kk      TEXT NOT NULL,
    -- applications of organisations whose legal address KATO starts with this prefix are routed here
    kato_prefix  TEXT NOT NULL
);

CREATE TABLE social_reviewer (
    id           BIGSERIAL PRIMARY KEY,
    ukzisp_bin   CHAR(12) NOT NULL REFERENCES social_ukzisp (bin),
    iin          CHAR(12) NOT NULL,
    full_name    TEXT NOT NULL,
    UNIQUE (ukzisp_bin, iin)
);

CREATE TABLE social_organisation (
    bin                     CHAR(12) PRIMARY KEY,
    name_ru                 TEXT NOT NULL,
    name_kk                 TEXT NOT NULL,
    legal_form              TEXT,
    registration_date       DATE,
    registration_number     TEXT,
    registration_authority  TEXT,
    legal_address           TEXT,
    legal_address_kato      TEXT,
    head_iin                CHAR(12),
    head_name               TEXT,
    head_position           TEXT,
    offer_version           TEXT,
    offer_accepted_at       TIMESTAMPTZ,
    offer_accepted_by       CHAR(12),
    service_form            TEXT,
    order_types             TEXT[] NOT NULL DEFAULT '{}',
    phone                   TEXT,
    email                   TEXT,
    actual_address          TEXT,
    profile_saved_at        TIMESTAMPTZ,
    tsr_payment_account_id  BIGINT,
    created_at              TIMESTAMPTZ NOT NULL,
    -- bumped by every change of the organisation or its catalogue; signed submissions are bound to it
    version                 BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE social_real_estate (
    bin        CHAR(12) NOT NULL REFERENCES social_organisation (bin),
    object_id  TEXT NOT NULL,
    address    TEXT NOT NULL,
    kato       TEXT,
    PRIMARY KEY (bin, object_id)
);

CREATE TABLE social_bank_detail (
    id            BIGSERIAL PRIMARY KEY,
    bin           CHAR(12) NOT NULL REFERENCES social_organisation (bin),
    iik           TEXT NOT NULL,
    bik           TEXT NOT NULL,
    kbe           CHAR(2) NOT NULL,
    account_type  TEXT NOT NULL
);

CREATE TABLE social_membership (
    bin        CHAR(12) NOT NULL REFERENCES social_organisation (bin),
    registry   TEXT NOT NULL CHECK (registry IN ('TSR', 'GSP', 'MSU')),
    since      TIMESTAMPTZ NOT NULL,
    until      TIMESTAMPTZ,
    PRIMARY KEY (bin, registry, since)
);

CREATE TABLE social_recipient (
    id         BIGSERIAL PRIMARY KEY,
    iin        CHAR(12) NOT NULL UNIQUE,
    full_name  TEXT NOT NULL,
    phone      TEXT,
    email      TEXT,
    address    TEXT,
    created_at TIMESTAMPTZ NOT NULL
);

-- Uploaded files of the social area (images, certificates, protocols, hand-over scans).
CREATE TABLE social_file (
    id            BIGSERIAL PRIMARY KEY,
    owner         TEXT NOT NULL,
    name          TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          BIGINT NOT NULL,
    sha256        CHAR(64) NOT NULL,
    content       BYTEA NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    uploaded_by   CHAR(12)
);
