package kz.qoltanba.portal.social.review;

import java.sql.Connection;
import java.sql.SQLException;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.StoredFile;

/**
 * The commission protocol attached in the decision form (R-GO-08): a PDF, recognised by its first bytes
 * ({@code %PDF-}) and not by the name the browser sent, of at most 20 MB, kept as a file of the reviewer's УКЗиСП.
 * Each refusal names the file and what is wrong with it.
 */
public final class ProtocolUpload {
    private final FileStore files;
    private final Journal journal;

    public ProtocolUpload(FileStore files, Journal journal) {
        this.files = files;
        this.journal = journal;
    }

    /**
     * @param name the file name the browser sent, or null when no file was chosen
     * @param content the bytes read, at most {@link FileStore#MAX_SIZE} + 1 of them
     */
    public StoredFile store(Connection c, Actor reviewer, String name, byte[] content) throws SQLException {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("social.review.protocolRequired", "Приложите протокол решения комиссии (PDF)");
        }
        String shown = name.strip();
        if (content == null || content.length == 0) {
            throw new RuleViolation("social.review.protocolEmpty", "Файл протокола «" + shown + "» пуст", shown);
        }
        if (content.length > FileStore.MAX_SIZE) {
            throw new RuleViolation(
                    "social.review.protocolTooLarge", "Файл протокола «" + shown + "» больше 20 МБ", shown);
        }
        if (!"application/pdf".equals(FileKind.sniff(content))) {
            throw new RuleViolation(
                    "social.review.protocolNotPdf",
                    "Файл протокола «" + shown + "» не является PDF: файл PDF начинается с «%PDF-»",
                    shown);
        }
        StoredFile stored =
                files.store(c, reviewer, FileStore.ukzispOwner(reviewer.bin()), shown, content, FileKind.PDF);
        journal.record(c, reviewer, "social.review.protocol", "file", String.valueOf(stored.id()), shown);
        return stored;
    }
}
