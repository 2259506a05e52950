-- The stored signature record names the document as the signing envelope does (spec §6.3: docType, docId):
-- for a CMS the envelope's own fields, for XML (logins, agreements) the object type in upper case and its id.
-- The sign request keeps them from issue to completion (null on requests issued before: the defaults apply).
ALTER TABLE sign_request ADD COLUMN doc_type TEXT, ADD COLUMN doc_id TEXT;
ALTER TABLE signed_document ADD COLUMN doc_type TEXT, ADD COLUMN doc_id TEXT;
UPDATE signed_document
   SET doc_type = COALESCE(CASE WHEN format = 'cms' THEN convert_from(content, 'UTF8')::jsonb ->> 'docType' END,
                           upper(object_type)),
       doc_id = COALESCE(CASE WHEN format = 'cms' THEN convert_from(content, 'UTF8')::jsonb ->> 'docId' END,
                         object_id);
ALTER TABLE signed_document ALTER COLUMN doc_type SET NOT NULL, ALTER COLUMN doc_id SET NOT NULL;
