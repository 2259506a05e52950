-- A certificate login remembers in its session which stored login signature it was, so that a page showing "the
-- EDS you logged in with" reads that row and never another session's login of the same holder (two browsers, a
-- renewed certificate). Null for anonymous sessions, password logins and sessions begun before this column. Like
-- every other column naming a signed document, a foreign key (signed documents are append-only, V36) with an index.
ALTER TABLE web_session
    ADD COLUMN login_document_id BIGINT REFERENCES signed_document (id);
CREATE INDEX web_session_login_document ON web_session (login_document_id);
