package kz.qoltanba.portal.social;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * Stores uploads in the database after checking them: not empty, at most 20 MB (R-FILE-01), a content type
 * the purpose allows, recognised from the bytes and not from the name the browser sent (R-FILE-03, R-GO-08).
 */
public final class FileStore {
    /** R-FILE-01: every upload is at most 20 MB. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    private final Clock clock;
    private final Journal journal;

    public FileStore(Clock clock, Journal journal) {
        this.clock = clock;
        this.journal = journal;
    }

    /**
     * Checks and stores {@code content} uploaded by {@code uploader} and journals the upload in the same transaction;
     * {@code owner} is who may read it besides the objects citing it.
     */
    public StoredFile store(Connection c, Actor uploader, String owner, String name, byte[] content, FileKind kind)
            throws SQLException {
        String cleanName = name == null || name.isBlank() ? "file" : name.strip();
        if (content == null || content.length == 0) {
            throw new RuleViolation("social.file.empty", "Файл «" + cleanName + "» пуст", cleanName);
        }
        if (content.length > MAX_SIZE) {
            throw new RuleViolation("social.file.tooLarge", "Файл «" + cleanName + "» больше 20 МБ", cleanName);
        }
        String contentType = FileKind.sniff(content);
        if (!kind.accepts(contentType)) {
            throw new RuleViolation(
                    "social.file.type." + kind.name().toLowerCase(java.util.Locale.ROOT),
                    "Файл «" + cleanName + "» имеет недопустимый формат: нужен " + kind.formats()
                            + " (проверяется содержимое файла, а не его имя)",
                    cleanName,
                    kind.formats());
        }
        String sha256 = Sha256.hex(content);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO social_file (owner, name, content_type, size, sha256, content, uploaded_at, uploaded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, owner);
            s.setString(2, cleanName);
            s.setString(3, contentType);
            s.setLong(4, content.length);
            s.setString(5, sha256);
            s.setBytes(6, content);
            s.setTimestamp(7, Timestamp.from(clock.instant()));
            s.setString(8, uploader.iin());
            StoredFile stored;
            try (ResultSet r = s.executeQuery()) {
                r.next();
                stored = new StoredFile(r.getLong(1), owner, cleanName, contentType, content.length, sha256);
            }
            journal.record(
                    c,
                    uploader,
                    "social.file.upload",
                    "file",
                    String.valueOf(stored.id()),
                    cleanName + " (" + contentType + ", " + content.length + " bytes, " + owner + ")");
            return stored;
        }
    }

    public Optional<StoredFile> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, owner, name, content_type, size, sha256 FROM social_file WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredFile(
                        r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), r.getString(6)));
            }
        }
    }

    /** The file, if {@code owner} owns it; another owner's file is reported as not found. */
    public StoredFile owned(Connection c, long id, String owner) throws SQLException {
        return find(c, id).filter(f -> f.owner().equals(owner)).orElseThrow(() -> new NotFound("file", id));
    }

    public byte[] content(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT content FROM social_file WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new NotFound("file", id);
                }
                return r.getBytes(1);
            }
        }
    }

    /** The owner label of an organisation's files. */
    public static String organisationOwner(String bin) {
        return "org:" + bin;
    }

    /** The owner label of a review department's files (protocols). */
    public static String ukzispOwner(String bin) {
        return "ukzisp:" + bin;
    }
}
