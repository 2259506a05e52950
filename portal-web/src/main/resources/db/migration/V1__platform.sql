-- The platform's first tables; feature migrations follow as V2, V3, ...
CREATE TABLE schema_note (
    id INTEGER PRIMARY KEY,
    note TEXT NOT NULL
);
INSERT INTO schema_note (id, note) VALUES (1, 'qoltanba portal');
