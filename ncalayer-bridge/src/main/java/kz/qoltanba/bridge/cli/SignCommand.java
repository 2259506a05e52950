package kz.qoltanba.bridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cms.CmsEncoding;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.SigningKeys;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import kz.qoltanba.signing.xml.XmlSignOptions;
import kz.qoltanba.signing.xml.XmlSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sign}: a CMS (CAdES-B, or CAdES-T with {@code --tsa}) or an enveloped XMLDSig with one key of a
 * key file. Any key purpose may sign; a certificate outside its validity period is refused unless
 * {@code --allow-expired}.
 */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = "Sign a file as CMS (DER by default) or as enveloped XMLDSig.")
final class SignCommand implements Callable<Integer> {
    enum Format {
        cms,
        xml
    }

    enum OutFormat {
        der,
        pem,
        base64
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--keystore", required = true, paramLabel = "FILE", description = "PKCS#12 key file.")
    Path keystore;

    @Option(
            names = "--password-env",
            required = true,
            paramLabel = "VAR",
            description = "Environment variable holding the key file's password.")
    String passwordEnv;

    @Option(names = "--alias", paramLabel = "A", description = "Key alias (needed when the file holds several keys).")
    String alias;

    @Option(names = "--format", required = true, paramLabel = "cms|xml", description = "Signature format.")
    Format format;

    @Option(names = "--detached", description = "CMS only: leave the content out of the signature.")
    boolean detached;

    @Option(names = "--tsa", paramLabel = "URL", description = "CMS only: add an RFC 3161 time-stamp from this TSA.")
    URI tsa;

    @Option(names = "--allow-expired", description = "Sign even with an expired or not yet valid certificate.")
    boolean allowExpired;

    @Option(
            names = "--out-format",
            paramLabel = "der|pem|base64",
            description = "CMS only: output encoding (default der).")
    OutFormat outFormat;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The document to sign.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where the signature goes.")
    Path out;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    private final KeyStoreAccess keyStores;
    private final Clock clock;

    SignCommand(Map<String, String> environment, Clock clock) {
        this.keyStores = new KeyStoreAccess(environment);
        this.clock = clock;
    }

    @Override
    public Integer call() throws SigningException, CommandFailedException {
        checkOptions();
        try (KeyStoreSource store = keyStores.open(spec.commandLine(), keystore, passwordEnv)) {
            KeyEntry key = KeyStoreAccess.choose(spec.commandLine(), store, alias);
            if (!allowExpired) {
                SigningKeys.requireValidAt(key, clock.instant());
            }
            byte[] signature = format == Format.xml ? signXml(key) : encode(signCms(key));
            InputFiles.write(out, signature);
        }
        spec.commandLine().getOut().println("Signed " + in + " into " + out + ".");
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (format == Format.xml && (detached || tsa != null || outFormat != null)) {
            throw new ParameterException(
                    spec.commandLine(), "--detached, --tsa and --out-format apply to --format cms only.");
        }
    }

    private byte[] signXml(KeyEntry key) throws SigningException, CommandFailedException {
        return XmlSigner.create()
                .sign(
                        InputFiles.read(in, "input"),
                        key,
                        XmlSignOptions.wholeDocument().withChain(true));
    }

    private byte[] signCms(KeyEntry key) throws SigningException, CommandFailedException {
        CmsOptions options = CmsOptions.defaults().withClock(clock).withDetached(detached);
        if (tsa != null) {
            options = options.withTimestamps(TimestampClient.create(TsaConfig.of(tsa)));
        }
        CmsSigner signer = CmsSigner.create(key, options);
        if (!detached) {
            return signer.sign(InputFiles.read(in, "input"));
        }
        try (InputStream content = InputFiles.open(in, "input")) {
            return signer.sign(content);
        } catch (IOException e) {
            throw new CommandFailedException("The input file " + in + " cannot be read: " + e.getMessage(), e);
        }
    }

    private byte[] encode(byte[] der) {
        OutFormat chosen = outFormat == null ? OutFormat.der : outFormat;
        return switch (chosen) {
            case der -> der;
            case pem -> CmsEncoding.toPem(der).getBytes(StandardCharsets.US_ASCII);
            case base64 -> CmsEncoding.toBase64(der).getBytes(StandardCharsets.US_ASCII);
        };
    }
}
