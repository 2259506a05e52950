package kz.qoltanba.portal.procurement.files;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for {@code procurement_file} and {@code procurement_file_signature}. */
public final class FileRepository {
    public Optional<StoredFile> findBySha256(Connection c, String sha256) throws SQLException {
        String sql = "SELECT id, sha256, file_name, file_size, storage_name FROM procurement_file WHERE sha256 = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredFile(
                        r.getString("id"),
                        r.getString("sha256"),
                        r.getString("file_name"),
                        r.getLong("file_size"),
                        r.getString("storage_name")));
            }
        }
    }

    /** Inserts the file unless one with its hash exists (a concurrent upload); returns the row that is stored. */
    StoredFile insertIfAbsent(Connection c, StoredFile file, long accountId, Instant now) throws SQLException {
        String sql = "INSERT INTO procurement_file (id, sha256, file_name, file_size, storage_name, first_account_id,"
                + " stored_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, file.id());
            s.setString(2, file.sha256());
            s.setString(3, file.fileName());
            s.setLong(4, file.fileSize());
            s.setString(5, file.storageName());
            s.setLong(6, accountId);
            s.setTimestamp(7, Timestamp.from(now));
            s.executeUpdate();
        }
        return findBySha256(c, file.sha256()).orElseThrow();
    }

    long insertSignature(Connection c, String fileId, long accountId, byte[] cms, VerifiedSigner signer, Instant now)
            throws SQLException {
        String sql = "INSERT INTO procurement_file_signature (file_id, account_id, signature, indication, signer_iin,"
                + " signer_bin, signer_name, certificate_serial, signing_time, report_json, signed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, fileId);
            s.setLong(2, accountId);
            s.setBytes(3, cms);
            s.setString(4, signer.indication());
            s.setString(5, signer.iin());
            s.setString(6, signer.bin());
            s.setString(7, signer.name());
            s.setString(8, signer.serial());
            s.setTimestamp(9, signer.signingTime() == null ? null : Timestamp.from(signer.signingTime()));
            s.setString(10, signer.reportJson());
            s.setTimestamp(11, Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    public List<FileSignatureRow> listForAccount(Connection c, long accountId) throws SQLException {
        String sql = "SELECT s.id, f.id AS file_id, f.file_name, f.file_size, f.sha256, s.indication, s.signer_name,"
                + " s.signer_iin, s.signer_bin, s.certificate_serial, s.signed_at FROM procurement_file_signature s"
                + " JOIN procurement_file f ON f.id = s.file_id WHERE s.account_id = ? ORDER BY s.signed_at DESC, s.id"
                + " DESC";
        List<FileSignatureRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new FileSignatureRow(
                            r.getLong("id"),
                            r.getString("file_id"),
                            r.getString("file_name"),
                            r.getLong("file_size"),
                            r.getString("sha256"),
                            r.getString("indication"),
                            r.getString("signer_name"),
                            r.getString("signer_iin"),
                            r.getString("signer_bin"),
                            r.getString("certificate_serial"),
                            r.getTimestamp("signed_at").toInstant()));
                }
            }
        }
        return rows;
    }
}
