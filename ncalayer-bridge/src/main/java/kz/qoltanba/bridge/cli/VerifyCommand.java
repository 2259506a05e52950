package kz.qoltanba.bridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.RevocationTransport;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import kz.qoltanba.signing.validation.XmlVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: judges a CMS (DER, PEM or bare base64) or an XML document with enveloped signatures.
 * Exit 0 only for TOTAL_PASSED; 1 for TOTAL_FAILED and INDETERMINATE.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify a CMS (DER, PEM, base64) or XMLDSig signature; exit 0 only for TOTAL_PASSED.")
final class VerifyCommand implements Callable<Integer> {
    enum Revocation {
        hard,
        soft,
        off
    }

    enum Purpose {
        sign,
        auth
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The signature (CMS or XML).")
    Path in;

    @Option(names = "--content", paramLabel = "FILE", description = "The signed content of a detached CMS.")
    Path content;

    @Option(
            names = "--trust",
            paramLabel = "CA.pem",
            description = "Trust anchor, a root or an intermediate (repeatable).")
    List<Path> trust = new ArrayList<>();

    @Option(
            names = "--cert",
            paramLabel = "FILE",
            description = "Extra certificate for building chains, e.g. an intermediate (repeatable).")
    List<Path> certificates = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE", description = "CRL to use before fetching any (repeatable).")
    List<Path> crls = new ArrayList<>();

    @Option(
            names = "--at",
            paramLabel = "ISO-8601",
            description = "Validation instant (2026-09-01T00:00:00Z) or date (2026-09-01, start of day UTC).")
    String at;

    @Option(
            names = "--revocation",
            paramLabel = "hard|soft|off",
            description = "What a missing revocation answer means (default soft).")
    Revocation revocation = Revocation.soft;

    @Option(names = "--purpose", paramLabel = "sign|auth", description = "Require this key purpose of the signer.")
    Purpose purpose;

    @Option(names = "--json", description = "Print the whole report as JSON.")
    boolean json;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    private final Clock clock;
    private final RevocationTransport transport;

    VerifyCommand(Clock clock, RevocationTransport transport) {
        this.clock = clock;
        this.transport = transport;
    }

    @Override
    public Integer call() throws SigningException, CommandFailedException {
        byte[] signature = InputFiles.read(in, "input");
        VerificationOptions options = options();
        ValidationReport report = isXml(signature) ? verifyXml(signature, options) : verifyCms(signature, options);
        new ReportPrinter(spec.commandLine().getOut()).print(report, json);
        return report.indication() == Indication.TOTAL_PASSED ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private ValidationReport verifyXml(byte[] xml, VerificationOptions options) throws SigningException {
        if (content != null) {
            throw new ParameterException(spec.commandLine(), "--content applies to detached CMS only, not to XML.");
        }
        return XmlVerifier.create(transport, new SecureRandom(), Duration.ZERO).verify(xml, options);
    }

    private ValidationReport verifyCms(byte[] cms, VerificationOptions options)
            throws SigningException, CommandFailedException {
        CmsVerifier verifier = CmsVerifier.create(transport, new SecureRandom(), Duration.ZERO);
        if (content == null) {
            return verifier.verify(cms, Optional.empty(), options);
        }
        try (InputStream detached = InputFiles.open(content, "content")) {
            return verifier.verify(cms, Optional.of(detached), options);
        } catch (IOException e) {
            throw new CommandFailedException("The content file " + content + " cannot be read: " + e.getMessage(), e);
        }
    }

    private VerificationOptions options() throws CommandFailedException {
        VerificationOptions.Builder options = VerificationOptions.builder()
                .clock(at == null ? clock : Clock.fixed(instant(at), ZoneOffset.UTC))
                .revocationPolicy(RevocationPolicy.valueOf(revocation.name().toUpperCase(java.util.Locale.ROOT)));
        for (Path file : trust) {
            InputFiles.certificates(file, "trust anchor").forEach(options::trustAnchor);
        }
        for (Path file : certificates) {
            InputFiles.certificates(file, "certificate").forEach(options::extraCertificate);
        }
        for (Path file : crls) {
            InputFiles.crls(file).forEach(options::crl);
        }
        if (purpose != null) {
            options.requiredKeyPurpose(purpose == Purpose.sign ? KeyPurpose.SIGN : KeyPurpose.AUTH);
        }
        return options.build();
    }

    private Instant instant(String text) {
        try {
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--at '" + text + "' is neither an instant (2026-09-01T00:00:00Z) nor a date (2026-09-01).");
        }
    }

    /** XML starts with '<' after optional whitespace and byte-order mark; everything else is taken as CMS. */
    private static boolean isXml(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }
}
