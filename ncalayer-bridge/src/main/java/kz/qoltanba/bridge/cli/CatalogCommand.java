package kz.qoltanba.bridge.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.qoltanba.bridge.catalog.Catalog;
import kz.qoltanba.bridge.catalog.CatalogSigning;
import kz.qoltanba.bridge.catalog.CatalogVerification;
import kz.qoltanba.bridge.catalog.PublisherCertificates;
import kz.qoltanba.bridge.catalog.UntrustedCatalogException;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.SigningKeys;
import kz.qoltanba.signing.token.StorageType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code catalog sign}: builds the module catalog for a folder of bundle jars and signs it. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Build and sign the module catalog (ncalayer.der).",
        subcommands = CatalogCommand.Sign.class)
final class CatalogCommand implements Runnable {
    private final Map<String, String> environment;

    CatalogCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: sign.");
    }

    @Command(
            name = "sign",
            mixinStandardHelpOptions = true,
            description = "Describe every jar of --bundles (SHA-256, symbolic name, version, names, flags) and "
                    + "sign the catalog with the publisher key.")
    static final class Sign implements Callable<Integer> {
        @Option(names = "--key", paramLabel = "FILE", required = true, description = "Publisher PKCS#12 key file.")
        Path key;

        @Option(
                names = "--password-env",
                paramLabel = "VAR",
                required = true,
                description = "Environment variable holding the key file's password.")
        String passwordEnv;

        @Option(names = "--alias", paramLabel = "A", description = "Key alias (default: the file's only key).")
        String alias;

        @Option(names = "--bundles", paramLabel = "DIR", required = true, description = "Folder of bundle jars.")
        Path bundles;

        @Option(
                names = "--base-url",
                paramLabel = "URL",
                required = true,
                description = "Where the jars are published; each is downloaded from URL/<file name>.")
        URI baseUrl;

        @Option(
                names = "--next-url",
                paramLabel = "URL",
                description = "Where the next catalog is fetched (default: URL/ncalayer.der).")
        URI nextUrl;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "The signed catalog (DER); default with --home: <home>/ncalayer.der.")
        Path out;

        @Option(
                names = "--home",
                paramLabel = "DIR",
                description = "A bridge home: the catalog must verify with its publishers (the embedded ones and "
                        + "<home>/trust/publishers/) before it is written, by default to <home>/ncalayer.der.")
        Path home;

        @CommandLine.ParentCommand
        CatalogCommand parent;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String password = parent.environment.get(passwordEnv);
            if (password == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "The environment variable " + passwordEnv + " is not set.");
            }
            if (out == null && home == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "Missing option: --out FILE (or --home DIR to write <home>/ncalayer.der).");
            }
            Path target = out != null ? out : home.resolve("ncalayer.der");
            Clock clock = Clock.systemUTC();
            Catalog catalog = CatalogSigning.describe(bundles, baseUrl, Optional.ofNullable(nextUrl), clock.instant());
            char[] secret = password.toCharArray();
            try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, key, secret)) {
                KeyEntry publisher = alias == null
                        ? SigningKeys.requireValidAt(onlyKey(store), clock.instant())
                        : SigningKeys.chooseForSigning(store, alias, clock.instant());
                byte[] signed = CatalogSigning.sign(catalog, publisher, clock);
                if (home != null) {
                    try {
                        CatalogVerification.verify(signed, PublisherCertificates.load(home), clock);
                    } catch (UntrustedCatalogException e) {
                        throw new UntrustedCatalogException(
                                "Nothing written: " + home + " would refuse this catalog (" + e.getMessage()
                                        + "); add the publisher certificate to "
                                        + PublisherCertificates.directory(home) + " first",
                                e);
                    }
                    Files.createDirectories(target.toAbsolutePath().getParent());
                }
                Files.write(target, signed);
            } finally {
                Arrays.fill(secret, '\0');
            }
            spec.commandLine()
                    .getOut()
                    .println("Signed " + target + ": " + catalog.modules().size() + " module(s), next catalog at "
                            + catalog.next().map(URI::toString).orElse("-"));
            return ExitCodes.OK;
        }

        private KeyEntry onlyKey(KeyStoreSource store) {
            if (store.keys().size() != 1) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        store.name() + " holds " + store.keys().size() + " keys; choose one with --alias.");
            }
            return store.keys().get(0);
        }
    }
}
