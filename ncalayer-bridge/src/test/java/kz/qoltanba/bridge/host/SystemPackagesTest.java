package kz.qoltanba.bridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystemPackagesTest {
    @Test
    void whenHeaderHasQuotedUsesLists_thenClausesSplitOnlyOutsideQuotes() {
        String header = "a;version=\"1.0\",b;version=\"1.0\";uses:=\"x,y\",c";

        assertThat(SystemPackages.clauses(header))
                .containsExactly("a;version=\"1.0\"", "b;version=\"1.0\";uses:=\"x,y\"", "c");
    }

    @Test
    void whenSigningCoreManifestIsAbsent_thenFallbackSigningPackagesAreStillExported() {
        String exports = SystemPackages.exports(String.class, String.class);

        assertThat(exports)
                .contains("kz.qoltanba.bridge.spi;version=\"0.4.0\"")
                .contains("kz.qoltanba.signing.algorithm;version=\"0.1.0\"")
                .contains("org.bouncycastle.asn1.x509");
    }
}
