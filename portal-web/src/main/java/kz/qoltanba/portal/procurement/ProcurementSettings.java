package kz.qoltanba.portal.procurement;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The procurement area's rules that a deployment may tune; validated once, each error naming its setting.
 *
 * @param lockoutDuration how long login stays blocked after {@code maxFailedPasswords} wrong passwords (spec: 10 min)
 * @param maxFailedPasswords consecutive wrong passwords that lock the login (spec: 5)
 * @param activationLinkTtl validity of the e-mail activation link
 * @param recoveryLinkTtl validity of the password recovery link (spec [D]: 24 h)
 * @param uploadTokenTtl validity of a file upload token handed to the signing app
 * @param maxFileBytes largest accepted file (R-FILE-01: 20 MiB); a file of exactly this size is accepted
 * @param filesDirectory temporary copies of uploads in progress; the files themselves are kept in the database
 * @param publicOrigin the portal's origin as users reach it, for the links in e-mails (no trailing slash)
 */
public record ProcurementSettings(
        Duration lockoutDuration,
        int maxFailedPasswords,
        Duration activationLinkTtl,
        Duration recoveryLinkTtl,
        Duration uploadTokenTtl,
        long maxFileBytes,
        Path filesDirectory,
        String publicOrigin) {
    public static final long MIB = 1024L * 1024L;

    public ProcurementSettings {
        positive(lockoutDuration, "lockout duration");
        if (maxFailedPasswords < 1) {
            throw new IllegalArgumentException("max failed passwords must be at least 1, not " + maxFailedPasswords);
        }
        positive(activationLinkTtl, "activation link validity");
        positive(recoveryLinkTtl, "recovery link validity");
        positive(uploadTokenTtl, "upload token validity");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("max file size must be positive, not " + maxFileBytes);
        }
        Objects.requireNonNull(filesDirectory, "files directory");
        Objects.requireNonNull(publicOrigin, "public origin");
        if (!publicOrigin.matches("https?://[^/\\s]+")) {
            throw new IllegalArgumentException("public origin must be scheme://host[:port], not " + publicOrigin);
        }
    }

    /** The spec's values: 10-minute lockout after 5 wrong passwords, 20 MiB files. */
    public static ProcurementSettings defaults(Path filesDirectory, String publicOrigin, Duration lockoutDuration) {
        return new ProcurementSettings(
                lockoutDuration,
                5,
                Duration.ofDays(3),
                Duration.ofHours(24),
                Duration.ofMinutes(15),
                20 * MIB,
                filesDirectory,
                publicOrigin);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
