package kz.qoltanba.bridge.spi;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Which certificates the user may choose for a request.
 *
 * @param storages storage names offered (e.g. {@code PKCS12}); empty = all available
 * @param purpose key purpose filter
 * @param extKeyUsageOids the certificate must carry all of these; empty = any
 * @param iin required IIN, or null
 * @param bin required BIN, or null
 * @param serialNumber required serial number (hex), or null
 * @param chain null = the host's configured trust anchors; empty = no chain check; else build against these
 */
public record KeyFilter(
        List<String> storages,
        KeyPurpose purpose,
        List<String> extKeyUsageOids,
        String iin,
        String bin,
        String serialNumber,
        List<X509Certificate> chain) {
    public KeyFilter {
        storages = List.copyOf(storages);
        extKeyUsageOids = List.copyOf(extKeyUsageOids);
        chain = chain == null ? null : List.copyOf(chain);
    }

    /** Every certificate of every storage, checked against the configured trust anchors. */
    public static KeyFilter any() {
        return new KeyFilter(List.of(), KeyPurpose.ANY, List.of(), null, null, null, null);
    }
}
