-- Every column that names the signature a business row rests on points at signed_document (id) with a foreign
-- key, so no row can name a signature that was never stored and no stored signature can be deleted while a row
-- names it. The portal stores the signed document first and takes its id from that insert (same transaction),
-- so the keys are checked per statement. PostgreSQL does not index a referencing column by itself: each gets an
-- index, which also serves the look-ups by document (who may open a signed document).

-- A database that already holds a reference to a missing signature stops here with the table and column named,
-- rather than with a bare constraint error.
DO $$
DECLARE
    reference RECORD;
    missing BIGINT;
BEGIN
    FOR reference IN
        SELECT * FROM (VALUES ('procurement_account', 'agreement_document_id'),
                              ('procurement_login_step', 'agreement_document_id'),
                              ('social_registry_application', 'submit_document_id'),
                              ('social_registry_application', 'decision_document_id'),
                              ('social_product_application', 'submit_document_id'),
                              ('social_product_application', 'decision_document_id'),
                              ('social_order', 'answer_document_id'),
                              ('social_order', 'handover_document_id')) AS r (table_name, column_name)
    LOOP
        EXECUTE format('SELECT count(*) FROM %I t WHERE t.%I IS NOT NULL'
                       ' AND NOT EXISTS (SELECT 1 FROM signed_document d WHERE d.id = t.%I)',
                       reference.table_name, reference.column_name, reference.column_name)
            INTO missing;
        IF missing > 0 THEN
            RAISE EXCEPTION '%.% names % signed document(s) that signed_document does not hold',
                reference.table_name, reference.column_name, missing
                USING HINT = 'restore the missing signed_document rows or correct the references, then start again';
        END IF;
    END LOOP;
END
$$;

ALTER TABLE procurement_account
    ADD CONSTRAINT procurement_account_agreement_document_fk
        FOREIGN KEY (agreement_document_id) REFERENCES signed_document (id) ON DELETE RESTRICT;
CREATE INDEX procurement_account_agreement_document ON procurement_account (agreement_document_id);

ALTER TABLE procurement_login_step
    ADD CONSTRAINT procurement_login_step_agreement_document_fk
        FOREIGN KEY (agreement_document_id) REFERENCES signed_document (id) ON DELETE RESTRICT;
CREATE INDEX procurement_login_step_agreement_document ON procurement_login_step (agreement_document_id);

ALTER TABLE social_registry_application
    ADD CONSTRAINT social_registry_application_submit_document_fk
        FOREIGN KEY (submit_document_id) REFERENCES signed_document (id) ON DELETE RESTRICT,
    ADD CONSTRAINT social_registry_application_decision_document_fk
        FOREIGN KEY (decision_document_id) REFERENCES signed_document (id) ON DELETE RESTRICT;
CREATE INDEX social_registry_application_submit_document ON social_registry_application (submit_document_id);
CREATE INDEX social_registry_application_decision_document ON social_registry_application (decision_document_id);

ALTER TABLE social_product_application
    ADD CONSTRAINT social_product_application_submit_document_fk
        FOREIGN KEY (submit_document_id) REFERENCES signed_document (id) ON DELETE RESTRICT,
    ADD CONSTRAINT social_product_application_decision_document_fk
        FOREIGN KEY (decision_document_id) REFERENCES signed_document (id) ON DELETE RESTRICT;
CREATE INDEX social_product_application_submit_document ON social_product_application (submit_document_id);
CREATE INDEX social_product_application_decision_document ON social_product_application (decision_document_id);

ALTER TABLE social_order
    ADD CONSTRAINT social_order_answer_document_fk
        FOREIGN KEY (answer_document_id) REFERENCES signed_document (id) ON DELETE RESTRICT,
    ADD CONSTRAINT social_order_handover_document_fk
        FOREIGN KEY (handover_document_id) REFERENCES signed_document (id) ON DELETE RESTRICT;
CREATE INDEX social_order_answer_document ON social_order (answer_document_id);
CREATE INDEX social_order_handover_document ON social_order (handover_document_id);

-- A stored signature is evidence: the portal only ever inserts into signed_document. The database refuses to
-- change or remove a row (UPDATE, DELETE, TRUNCATE), whoever asks. A later migration that must fill a new column
-- of existing rows disables signed_document_append_only for that statement and enables it again.
CREATE FUNCTION signed_document_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        RAISE EXCEPTION 'signed_document is append-only: % of signed document % refused', TG_OP, OLD.id
            USING ERRCODE = 'restrict_violation', TABLE = 'signed_document',
                  HINT = 'a stored signature is never changed or removed; store a new one instead';
    END IF;
    RAISE EXCEPTION 'signed_document is append-only: % refused', TG_OP
        USING ERRCODE = 'restrict_violation', TABLE = 'signed_document',
              HINT = 'a stored signature is never changed or removed; store a new one instead';
END
$$;

CREATE TRIGGER signed_document_append_only
    BEFORE UPDATE OR DELETE ON signed_document
    FOR EACH ROW EXECUTE FUNCTION signed_document_refuse_change();

CREATE TRIGGER signed_document_no_truncate
    BEFORE TRUNCATE ON signed_document
    FOR EACH STATEMENT EXECUTE FUNCTION signed_document_refuse_change();
