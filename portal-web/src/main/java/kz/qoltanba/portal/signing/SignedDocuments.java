package kz.qoltanba.portal.signing;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.qoltanba.signing.cert.KeyPurpose;

/** The {@code signed_document} table. */
public final class SignedDocuments {
    private static final String COLUMNS =
            "id, request_id, action, doc_type, doc_id, object_type, object_id, object_version, format,"
                    + " signed_bytes, content, signer_iin, signer_bin, signer_name, signer_organization, signer_serial,"
                    + " signer_subject_kind, signer_purpose, signer_issuer, signer_algorithm, timestamp_time, report_json,"
                    + " verified_at, created_at";

    SignedDocuments() {}

    public Optional<SignedDocument> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM signed_document WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /**
     * The signer certificate the pipeline verified for the document signed in answer to {@code requestId} (the
     * certificate whose key checked the signature, not any other certificate the signed data carries).
     */
    public Optional<X509Certificate> signerCertificate(Connection c, UUID requestId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT signer_certificate FROM signed_document WHERE request_id = ?")) {
            s.setObject(1, requestId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(r.getBytes(1))));
            }
        } catch (CertificateException e) {
            throw new IllegalStateException(
                    "the stored signer certificate of request " + requestId + " is unreadable", e);
        }
    }

    /** The documents signed for one object, oldest first. */
    public List<SignedDocument> forObject(Connection c, String objectType, String objectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM signed_document WHERE object_type = ? AND object_id = ? ORDER BY id")) {
            s.setString(1, objectType);
            s.setString(2, objectId);
            List<SignedDocument> documents = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    documents.add(read(r));
                }
            }
            return documents;
        }
    }

    long insert(
            Connection c,
            UUID requestId,
            SignedAction action,
            String format,
            byte[] signedBytes,
            byte[] content,
            Verified verified,
            Instant now)
            throws SQLException {
        SignerIdentity signer = verified.identity();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO signed_document (request_id, action, doc_type, doc_id, object_type,"
                        + " object_id, object_version, format, signed_bytes, content, signer_iin, signer_bin, signer_name,"
                        + " signer_organization, signer_serial, signer_issuer, signer_subject_kind, signer_purpose,"
                        + " signer_algorithm, signer_certificate, timestamp_time, report_json, verified_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            int i = 0;
            s.setObject(++i, requestId);
            s.setString(++i, action.name());
            s.setString(++i, action.docType());
            s.setString(++i, action.docId());
            s.setString(++i, action.objectType());
            s.setString(++i, action.objectId());
            s.setLong(++i, action.objectVersion());
            s.setString(++i, format);
            s.setBytes(++i, signedBytes);
            s.setBytes(++i, content);
            s.setString(++i, signer.iin());
            s.setString(++i, signer.bin());
            s.setString(++i, signer.name());
            s.setString(++i, signer.organization());
            s.setString(++i, signer.serial());
            s.setString(++i, verified.info().issuerDn());
            s.setString(++i, signer.subjectKind().name());
            s.setString(
                    ++i, signer.purpose() == null ? "UNKNOWN" : signer.purpose().name());
            s.setString(++i, verified.algorithm());
            s.setBytes(++i, verified.certificateDer());
            s.setTimestamp(++i, verified.timestampTime().map(Timestamp::from).orElse(null));
            s.setString(++i, verified.report().toJson());
            s.setTimestamp(++i, Timestamp.from(now));
            s.setTimestamp(++i, Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static SignedDocument read(ResultSet r) throws SQLException {
        String purpose = r.getString("signer_purpose");
        SignerIdentity signer = new SignerIdentity(
                r.getString("signer_iin"),
                r.getString("signer_bin"),
                r.getString("signer_name"),
                r.getString("signer_organization"),
                r.getString("signer_serial"),
                SubjectKind.valueOf(r.getString("signer_subject_kind")),
                "UNKNOWN".equals(purpose) ? null : KeyPurpose.valueOf(purpose));
        Timestamp tsp = r.getTimestamp("timestamp_time");
        return new SignedDocument(
                r.getLong("id"),
                r.getObject("request_id", UUID.class),
                r.getString("action"),
                r.getString("doc_type"),
                r.getString("doc_id"),
                r.getString("object_type"),
                r.getString("object_id"),
                r.getLong("object_version"),
                r.getString("format"),
                r.getBytes("signed_bytes"),
                r.getBytes("content"),
                signer,
                r.getString("signer_issuer"),
                r.getString("signer_algorithm"),
                Optional.ofNullable(tsp).map(Timestamp::toInstant),
                r.getString("report_json"),
                r.getTimestamp("verified_at").toInstant(),
                r.getTimestamp("created_at").toInstant());
    }
}
