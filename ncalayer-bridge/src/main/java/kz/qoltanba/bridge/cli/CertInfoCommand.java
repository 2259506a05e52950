package kz.qoltanba.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cert-info}: what a certificate file, or the certificate of a key, says under NCA's rules. */
@Command(
        name = "cert-info",
        mixinStandardHelpOptions = true,
        description = "Show a certificate (file, or a key's certificate): IIN, BIN, type, purpose, roles, validity.")
final class CertInfoCommand implements Callable<Integer> {
    /** Exactly one source of the certificate. */
    static final class Source {
        @Option(names = "--cert", required = true, paramLabel = "FILE", description = "Certificate (DER, PEM, base64).")
        Path cert;

        @ArgGroup(exclusive = false)
        KeyOptions key;
    }

    /** A key file and, when it holds several keys, the alias. */
    static final class KeyOptions {
        @Option(names = "--keystore", required = true, paramLabel = "FILE", description = "PKCS#12 key file.")
        Path keystore;

        @Option(
                names = "--password-env",
                required = true,
                paramLabel = "VAR",
                description = "Environment variable holding the key file's password.")
        String passwordEnv;

        @Option(names = "--alias", paramLabel = "A", description = "Key alias (needed when the file holds several).")
        String alias;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    private final KeyStoreAccess keyStores;

    CertInfoCommand(Map<String, String> environment) {
        this.keyStores = new KeyStoreAccess(environment);
    }

    @Override
    public Integer call() throws SigningException, CommandFailedException {
        CertificateInfo info;
        String alias = null;
        if (source.cert != null) {
            info = CertificateInfo.parse(InputFiles.read(source.cert, "certificate"));
        } else {
            try (KeyStoreSource store =
                    keyStores.open(spec.commandLine(), source.key.keystore, source.key.passwordEnv)) {
                KeyEntry key = KeyStoreAccess.choose(spec.commandLine(), store, source.key.alias);
                info = CertificateInfo.of(key.certificate());
                alias = key.alias();
            }
        }
        CertificateJson certificates = new CertificateJson(new ObjectMapper());
        spec.commandLine()
                .getOut()
                .print(json ? certificates.write(certificates.of(info, alias)) : CertificateJson.text(info));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
