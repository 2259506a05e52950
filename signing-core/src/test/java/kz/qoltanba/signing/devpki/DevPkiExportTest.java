package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DevPkiExportTest {
    private static final String PASSWORD = "Dev-Pki-42";

    @TempDir
    static Path dir;

    private static DevPki pki;
    private static char[] passwordGiven;

    @BeforeAll
    static void export() throws Exception {
        pki = DevPki.generate(
                URI.create("http://127.0.0.1:8099/"),
                Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC),
                new SecureRandom());
        passwordGiven = PASSWORD.toCharArray();
        pki.exportTo(dir, passwordGiven);
    }

    @Test
    void whenExported_thenThePasswordIsWipedAndAnIndexDescribesTheFiles() throws Exception {
        assertThat(passwordGiven).containsOnly('\0');
        String index = Files.readString(dir.resolve("INDEX.md"), StandardCharsets.UTF_8);
        assertThat(index).contains("not for production").contains("`legal_head.crt.pem`");
        assertThat(dir.resolve("rsa/rsa-root.crt.pem")).exists();
        assertThat(dir.resolve("gost/gost.crt.pem")).exists();
        assertThat(dir.resolve("gost/gost-untrusted.crt.pem")).exists();
        assertThat(dir.resolve("gost/gost.crl")).exists();
        assertThat(dir.resolve("rsa/rsa-delta.crl")).exists();
    }

    @ParameterizedTest
    @EnumSource(Persona.class)
    void whenKeyFileIsReadBack_thenItHoldsThePersonasKeyAndChain(Persona persona) throws Exception {
        for (KeyAlgorithm algorithm : DevPki.SUPPORTED_ALGORITHMS) {
            PersonaKey expected = pki.persona(persona, algorithm);
            Path file = dir.resolve(Endpoints.slug(algorithm))
                    .resolve(persona.name().toLowerCase(Locale.ROOT) + ".p12");
            try (KeyStoreSource source = KeyStores.open(StorageType.PKCS12, file, PASSWORD.toCharArray())) {
                assertThat(source.keys()).hasSize(1);
                KeyEntry entry = source.keys().get(0);
                assertThat(entry.alias()).isEqualTo(expected.keyEntry().alias());
                assertThat(entry.certificate()).isEqualTo(expected.certificate());
                assertThat(entry.chain())
                        .containsExactlyElementsOf(expected.keyEntry().chain());
                byte[] data = persona.name().getBytes(StandardCharsets.UTF_8);
                Signature signer = Signatures.forSigning(entry.privateKey(), null);
                signer.update(data);
                assertThat(Signatures.verify(
                                Signatures.publicKey(expected.certificate()),
                                algorithm.signatureOid(),
                                null,
                                data,
                                signer.sign()))
                        .isTrue();
            }
        }
    }

    @Test
    void whenOpenSslReadsTheRsaKeyFile_thenItsKeyMatchesItsCertificate() throws Exception {
        DevPkiTools.requireTool("openssl");
        Path rsa = dir.resolve("rsa");
        DevPkiTools.Result unpack = DevPkiTools.run(
                rsa,
                "openssl",
                "pkcs12",
                "-legacy",
                "-in",
                "legal_head.p12",
                "-passin",
                "pass:" + PASSWORD,
                "-nodes",
                "-out",
                "legal_head.all.pem");
        assertThat(unpack.exitCode()).as(unpack.output()).isZero();
        String fromKey = DevPkiTools.run(rsa, "openssl", "pkey", "-in", "legal_head.all.pem", "-pubout")
                .output();
        String fromCertificate = DevPkiTools.run(
                        rsa, "openssl", "x509", "-in", "legal_head.crt.pem", "-noout", "-pubkey")
                .output();
        assertThat(fromKey).contains("BEGIN PUBLIC KEY").isEqualTo(fromCertificate);
    }
}
