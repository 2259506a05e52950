package kz.qoltanba.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keys}: every key of a key file with what its certificate says. */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "List the keys of a key file with their certificates.")
final class KeysCommand implements Callable<Integer> {
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

    @Option(names = "--json", description = "Print a JSON array, one object per key.")
    boolean json;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    private final KeyStoreAccess keyStores;

    KeysCommand(Map<String, String> environment) {
        this.keyStores = new KeyStoreAccess(environment);
    }

    @Override
    public Integer call() throws SigningException {
        CertificateJson certificates = new CertificateJson(new ObjectMapper());
        ArrayNode array = new ObjectMapper().createArrayNode();
        PrintWriter out = spec.commandLine().getOut();
        try (KeyStoreSource store = keyStores.open(spec.commandLine(), keystore, passwordEnv)) {
            for (KeyEntry key : store.keys()) {
                CertificateInfo info = CertificateInfo.of(key.certificate());
                array.add(certificates.of(info, key.alias()));
                if (!json) {
                    out.println(line(key.alias(), info));
                }
            }
        }
        if (json) {
            out.print(certificates.write(array));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String line(String alias, CertificateInfo info) {
        return alias + "  " + info.commonName() + "  IIN " + orDash(info.iin()) + "  BIN " + orDash(info.bin()) + "  "
                + orDash(info.keyPurpose() == null ? null : info.keyPurpose().name()) + "  "
                + orDash(
                        info.keyAlgorithm() == null ? null : info.keyAlgorithm().name()) + "  " + info.notBefore()
                + " .. " + info.notAfter();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
