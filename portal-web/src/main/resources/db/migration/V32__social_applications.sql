-- Registry applications («Заявление») and product applications («заявка на товар»), reviewed by the GO.

CREATE SEQUENCE social_application_number;

CREATE TABLE social_registry_application (
    id                     BIGSERIAL PRIMARY KEY,
    number                 BIGINT NOT NULL UNIQUE DEFAULT nextval('social_application_number'),
    category               TEXT NOT NULL CHECK (category IN ('TSR', 'GSP', 'MSU', 'SPECIALIST')),
    kind                   TEXT NOT NULL CHECK (kind IN ('INCLUSION', 'EXCLUSION')),
    applicant_bin          CHAR(12) NOT NULL REFERENCES social_organisation (bin),
    applicant_name         TEXT NOT NULL,
    applicant_snapshot     JSONB NOT NULL,
    ukzisp_bin             CHAR(12) NOT NULL REFERENCES social_ukzisp (bin),
    status                 TEXT NOT NULL,
    reviewer_iin           CHAR(12),
    reviewer_name          TEXT,
    submitted_at           TIMESTAMPTZ NOT NULL,
    taken_at               TIMESTAMPTZ,
    decided_at             TIMESTAMPTZ,
    refusal_reasons        TEXT[] NOT NULL DEFAULT '{}',
    protocol_file_id       BIGINT REFERENCES social_file (id),
    submit_document_id     BIGINT NOT NULL,
    decision_document_id   BIGINT,
    version                BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX social_registry_application_ukzisp ON social_registry_application (ukzisp_bin, status);
CREATE INDEX social_registry_application_applicant ON social_registry_application (applicant_bin);

CREATE TABLE social_product_application (
    id                       BIGSERIAL PRIMARY KEY,
    product_id               BIGINT NOT NULL REFERENCES social_product (id),
    supplier_bin             CHAR(12) NOT NULL REFERENCES social_organisation (bin),
    registry_application_id  BIGINT REFERENCES social_registry_application (id),
    ukzisp_bin               CHAR(12) NOT NULL REFERENCES social_ukzisp (bin),
    product_snapshot         JSONB NOT NULL,
    status                   TEXT NOT NULL,
    reviewer_iin             CHAR(12),
    reviewer_name            TEXT,
    submitted_at             TIMESTAMPTZ NOT NULL,
    taken_at                 TIMESTAMPTZ,
    decided_at               TIMESTAMPTZ,
    refusal_reasons          TEXT[] NOT NULL DEFAULT '{}',
    protocol_file_id         BIGINT REFERENCES social_file (id),
    submit_document_id       BIGINT NOT NULL,
    decision_document_id     BIGINT,
    version                  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX social_product_application_parent ON social_product_application (registry_application_id);
CREATE INDEX social_product_application_ukzisp ON social_product_application (ukzisp_bin, status);
