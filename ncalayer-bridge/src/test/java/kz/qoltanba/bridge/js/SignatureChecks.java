package kz.qoltanba.bridge.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.signing.validation.CheckName;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.Outcome;
import kz.qoltanba.signing.validation.SignerReport;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.XmlVerifier;

/** Verifies what the page received: CMS with signing-core and {@code openssl cms}, XML with {@code xmlsec1}. */
final class SignatureChecks {
    private final BrowserBridge stand;
    private final Path folder;
    private final Path rootPem;
    private final Path intermediatePem;
    private final AtomicInteger counter = new AtomicInteger();

    SignatureChecks(BrowserBridge stand, Path folder) throws Exception {
        this.stand = stand;
        this.folder = Files.createDirectories(folder);
        this.rootPem = BrowserBridge.pem(stand.root(), folder.resolve("root.pem"));
        this.intermediatePem = BrowserBridge.pem(stand.intermediate(), folder.resolve("intermediate.pem"));
    }

    /** Base64 DER, or PEM ({@code -----BEGIN CMS-----}) as basics answers, to DER. */
    static byte[] der(String cms) {
        String body = cms.replaceAll("-----(BEGIN|END) [A-Z0-9 ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /**
     * Asserts that the CMS passes signing-core's verifier and {@code openssl cms -verify} (against the
     * development root), with {@code content} for a detached signature; returns signing-core's report.
     */
    ValidationReport verifyCms(String cms, Optional<byte[]> detachedContent) throws Exception {
        byte[] der = der(cms);
        ValidationReport report = CmsVerifier.create()
                .verify(der, detachedContent.map(ByteArrayInputStream::new), stand.keys.verification());
        assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);

        int n = counter.incrementAndGet();
        Path file = Files.write(folder.resolve("sig" + n + ".p7s"), der);
        List<String> command = new ArrayList<>(List.of(
                "openssl",
                "cms",
                "-verify",
                "-inform",
                "DER",
                "-in",
                file.toString(),
                "-CAfile",
                rootPem.toString(),
                "-certfile",
                intermediatePem.toString(),
                "-purpose",
                "any",
                "-binary"));
        Path out = folder.resolve("content" + n + ".bin");
        if (detachedContent.isPresent()) {
            Path content = Files.write(folder.resolve("data" + n + ".bin"), detachedContent.get());
            command.addAll(List.of("-content", content.toString()));
        }
        command.addAll(List.of("-out", out.toString()));
        JsTools.Outcome openssl = JsTools.run(command);
        assertThat(openssl.exitCode()).as(openssl.output()).isZero();
        assertThat(openssl.output()).contains("Verification successful");
        return report;
    }

    /** The content OpenSSL extracted from the last verified attached signature. */
    byte[] lastContent() throws Exception {
        return Files.readAllBytes(folder.resolve("content" + counter.get() + ".bin"));
    }

    /** Asserts that the timestamp check of every signer passed (CAdES-T from the development TSA). */
    static void assertTimestamped(ValidationReport report) {
        for (SignerReport signer : report.signers()) {
            assertThat(signer.check(CheckName.TIMESTAMP).outcome())
                    .as(signer.check(CheckName.TIMESTAMP).reason())
                    .isEqualTo(Outcome.PASSED);
            assertThat(signer.timestampTime()).isPresent();
        }
    }

    /** Whether {@code xmlsec1 --verify} accepts the document (for negative checks). */
    boolean xmlPasses(String signedXml) throws Exception {
        int n = counter.incrementAndGet();
        Path file = Files.writeString(folder.resolve("signed" + n + ".xml"), signedXml, StandardCharsets.UTF_8);
        return JsTools.run(xmlsec(file)).exitCode() == 0;
    }

    private List<String> xmlsec(Path file) {
        return List.of(
                "xmlsec1",
                "--verify",
                "--trusted-pem",
                rootPem.toString(),
                "--untrusted-pem",
                intermediatePem.toString(),
                file.toString());
    }

    /** Asserts that {@code xmlsec1 --verify} and signing-core's XML verifier accept the signed document. */
    void verifyXml(String signedXml) throws Exception {
        int n = counter.incrementAndGet();
        Path file = Files.writeString(folder.resolve("signed" + n + ".xml"), signedXml, StandardCharsets.UTF_8);
        JsTools.Outcome xmlsec = JsTools.run(xmlsec(file));
        assertThat(xmlsec.exitCode()).as(xmlsec.output() + "\n" + signedXml).isZero();
        assertThat(xmlsec.output()).contains("OK");
        ValidationReport report =
                XmlVerifier.create().verify(signedXml.getBytes(StandardCharsets.UTF_8), stand.keys.verification());
        assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);
    }
}
