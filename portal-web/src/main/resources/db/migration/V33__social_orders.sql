-- TSR orders of service recipients, with their history and the hand-over confirmation.

CREATE SEQUENCE social_order_number;

CREATE TABLE social_order (
    id                       BIGSERIAL PRIMARY KEY,
    number                   BIGINT NOT NULL UNIQUE DEFAULT nextval('social_order_number'),
    recipient_id             BIGINT NOT NULL REFERENCES social_recipient (id),
    recipient_name           TEXT NOT NULL,
    recipient_phone          TEXT NOT NULL,
    recipient_email          TEXT NOT NULL,
    supplier_bin             CHAR(12) NOT NULL REFERENCES social_organisation (bin),
    product_id               BIGINT NOT NULL REFERENCES social_product (id),
    product_snapshot         JSONB NOT NULL,
    quantity                 INTEGER NOT NULL CHECK (quantity >= 1),
    order_sum                NUMERIC(14, 2) NOT NULL,
    subsidised_amount        NUMERIC(14, 2) NOT NULL,
    co_payment               NUMERIC(14, 2) NOT NULL,
    delivery_method          TEXT NOT NULL CHECK (delivery_method IN ('COURIER', 'PICKUP', 'IN_PATIENT')),
    pickup_address           TEXT,
    recipient_address        TEXT,
    facility                 TEXT,
    courier_pickup_address   TEXT,
    status                   TEXT NOT NULL,
    status_changed_at        TIMESTAMPTZ NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL,
    answer_document_id       BIGINT,
    handover_document_number TEXT,
    handover_document_date   DATE,
    handover_file_id         BIGINT REFERENCES social_file (id),
    handover_at              TIMESTAMPTZ,
    handover_document_id     BIGINT,
    version                  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX social_order_supplier ON social_order (supplier_bin);
CREATE INDEX social_order_recipient ON social_order (recipient_id);

CREATE TABLE social_order_history (
    id        BIGSERIAL PRIMARY KEY,
    order_id  BIGINT NOT NULL REFERENCES social_order (id),
    status    TEXT NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    extra     TEXT
);
