package kz.qoltanba.portal.procurement.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.procurement.Journal;
import kz.qoltanba.portal.procurement.ProcurementSettings;
import kz.qoltanba.portal.procurement.TokenTable;
import kz.qoltanba.portal.procurement.TokenVerdict;
import kz.qoltanba.portal.procurement.account.AccountRepository;
import kz.qoltanba.portal.procurement.account.ProcurementAccount;

/**
 * The two requests of the file contract. An upload: token spent → file streamed to disk and hashed → hash
 * compared → detached CMS verified over the bytes → file (once per hash) and signature with its report stored
 * in one transaction. Any refusal is an {@link UploadRefusedException} and stores nothing.
 */
public final class FileUploads {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final PortalDatabase db;
    private final Clock clock;
    private final ProcurementSettings settings;
    private final FileStore store;
    private final FileRepository files = new FileRepository();
    private final AccountRepository accounts = new AccountRepository();
    private final UploadTokens tokens;
    private final SignatureVerdicts verdicts;
    private final Journal journal;

    public FileUploads(
            PortalDatabase db,
            Clock clock,
            ProcurementSettings settings,
            FileStore store,
            UploadTokens tokens,
            FileSignatureCheck check,
            Journal journal) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.store = store;
        this.tokens = tokens;
        this.verdicts = new SignatureVerdicts(check);
        this.journal = journal;
    }

    /** {@code GET <check_exists_url><sha256>}: the stored file with this hash, if any. */
    public Optional<StoredFile> existing(String unverifiedSha256) {
        String sha256 = requireSha256(unverifiedSha256);
        return db.inTransaction(c -> files.findBySha256(c, sha256));
    }

    public UploadResult upload(UnverifiedUpload upload) {
        if (upload.token() == null || upload.token().isBlank()) {
            throw new UploadRefusedException(400, "TOKEN_MISSING", "the part 'token' is missing");
        }
        String sha256 = requireSha256(upload.hash());
        byte[] cms = decodeSignature(upload.signature());
        ProcurementAccount account = spendToken(upload.token());
        try {
            return upload.file().isPresent()
                    ? storeNew(account, sha256, cms, upload.file().get())
                    : signExisting(account, sha256, cms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the uploaded file", e);
        }
    }

    private UploadResult storeNew(
            ProcurementAccount account, String sha256, byte[] cms, UnverifiedUpload.IncomingFile in)
            throws IOException {
        ReceivedFile received = store.receive(in.content(), settings.maxFileBytes());
        try {
            if (!received.sha256().equals(sha256)) {
                throw new UploadRefusedException(
                        400,
                        "HASH_MISMATCH",
                        "the file's SHA-256 is " + received.sha256() + ", not the announced " + sha256);
            }
            VerifiedSigner signer = verdicts.verify(cms, received.temporary(), account.iin());
            String storageName = store.keep(received);
            StoredFile candidate = new StoredFile(
                    "f-" + UUID.randomUUID(), sha256, FileNames.clean(in.fileName()), received.size(), storageName);
            return record(account, candidate, cms, signer);
        } finally {
            store.discard(received);
        }
    }

    private UploadResult signExisting(ProcurementAccount account, String sha256, byte[] cms) throws IOException {
        StoredFile stored = db.inTransaction(c -> files.findBySha256(c, sha256))
                .orElseThrow(() -> new UploadRefusedException(
                        404,
                        "FILE_UNKNOWN",
                        "no file with SHA-256 " + sha256 + " is stored: send it in the part 'file'"));
        Path content = store.copyOut(stored.storageName());
        try {
            VerifiedSigner signer = verdicts.verify(cms, content, account.iin());
            return record(account, stored, cms, signer);
        } finally {
            store.discard(content);
        }
    }

    private UploadResult record(ProcurementAccount account, StoredFile candidate, byte[] cms, VerifiedSigner signer) {
        return db.inTransaction(c -> {
            Instant now = clock.instant();
            StoredFile stored = files.insertIfAbsent(c, candidate, account.id(), now);
            long signatureId = files.insertSignature(c, stored.id(), account.id(), cms, signer, now);
            journal.record(
                    c,
                    "procurement.file.signed_upload",
                    "procurement_file",
                    stored.id(),
                    "signature " + signatureId + ", certificate " + signer.serial());
            return new UploadResult(stored.id(), stored.fileName(), stored.fileSize());
        });
    }

    private ProcurementAccount spendToken(String token) {
        return db.inTransaction(c -> {
            TokenTable.Use use = tokens.spend(c, token, clock.instant());
            if (use.verdict() != TokenVerdict.ACCEPTED) {
                throw new UploadRefusedException(
                        403,
                        "TOKEN_" + use.verdict().name(),
                        switch (use.verdict()) {
                            case USED -> "the upload token was already used; ask the page for a new one";
                            case EXPIRED -> "the upload token has expired; ask the page for a new one";
                            default -> "the upload token is not known";
                        });
            }
            return accounts.findById(c, use.accountId(), false).orElseThrow();
        });
    }

    private static String requireSha256(String unverified) {
        if (unverified == null || !SHA256_HEX.matcher(unverified).matches()) {
            throw new UploadRefusedException(
                    400, "HASH_INVALID", "the hash must be a SHA-256 in 64 lower-case hex" + " digits");
        }
        return unverified;
    }

    private static byte[] decodeSignature(String unverified) {
        if (unverified == null || unverified.isBlank()) {
            throw new UploadRefusedException(400, "SIGNATURE_MISSING", "the part 'signature' is missing");
        }
        try {
            return Base64.getMimeDecoder().decode(unverified.strip());
        } catch (IllegalArgumentException e) {
            throw new UploadRefusedException(400, "SIGNATURE_MALFORMED", "the signature is not base64");
        }
    }
}
