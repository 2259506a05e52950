package kz.qoltanba.bridge.tls;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The local TLS state: the server certificate, the local CA that issued it (none while self-signed), and each
 * browser trust store.
 */
public record TrustReport(
        X509Certificate serverCertificate, Optional<X509Certificate> authority, List<DatabaseTrust> databases) {
    public TrustReport {
        databases = List.copyOf(databases);
    }

    /** True when there is a local CA and every existing browser database trusts it. */
    public boolean fullyTrusted() {
        return authority.isPresent()
                && databases.stream().filter(DatabaseTrust::present).allMatch(DatabaseTrust::trusted)
                && databases.stream().anyMatch(DatabaseTrust::trusted);
    }
}
