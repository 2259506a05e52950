-- Outgoing mails, stored in the transaction of the change that caused them (dev mailbox reads them).
CREATE TABLE mail_message (
    id           BIGSERIAL PRIMARY KEY,
    sent_at      TIMESTAMPTZ NOT NULL,
    from_address TEXT NOT NULL,
    to_address   TEXT NOT NULL,
    subject      TEXT NOT NULL,
    body         TEXT NOT NULL
);
CREATE INDEX mail_message_to ON mail_message (to_address);
