package kz.qoltanba.portal.demo;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A person of the demo with their certificate data and exported key files.
 *
 * @param code stable name, e.g. {@code "supplier-director"}
 * @param role what the actor does in the demo (Russian, shown on the start-up banner)
 * @param displayName the certificate's common name
 * @param iin the holder's IIN
 * @param bin the organisation's BIN, null for an individual
 * @param organisation the organisation's name, null for an individual
 * @param keyFiles the {@code .p12} files by purpose ({@code "AUTH"}, {@code "SIGN"})
 * @param password the key files' password
 */
public record DemoActor(
        String code,
        String role,
        String displayName,
        String iin,
        String bin,
        String organisation,
        Map<String, Path> keyFiles,
        String password) {
    public DemoActor {
        Objects.requireNonNull(code, "code");
        keyFiles = Map.copyOf(keyFiles);
    }

    public boolean legalEntity() {
        return bin != null;
    }
}
