package kz.qoltanba.bridge.tls;

import java.nio.file.Path;
import java.util.List;

/**
 * What one browser trust store says about this installation.
 *
 * @param browser which browser reads it, e.g. {@code Firefox}
 * @param database the NSS database folder (or where it would be)
 * @param present whether the database exists
 * @param trusted whether it trusts the current local CA to issue TLS server certificates ({@code C,,})
 * @param staleAuthorities nicknames of earlier local CAs of this installation still in it
 */
public record DatabaseTrust(
        String browser, Path database, boolean present, boolean trusted, List<String> staleAuthorities) {
    public DatabaseTrust {
        staleAuthorities = List.copyOf(staleAuthorities);
    }
}
