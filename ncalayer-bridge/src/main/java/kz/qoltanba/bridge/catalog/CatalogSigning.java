package kz.qoltanba.bridge.catalog;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.token.KeyEntry;

/** Builds the catalog for a folder of bundle jars and signs it (attached CMS, DER) with a publisher key. */
public final class CatalogSigning {
    private CatalogSigning() {}

    /**
     * Describes every {@code *.jar} in {@code bundles}: each is downloaded from {@code baseUrl} + its file name.
     *
     * @param next where the next catalog is fetched; empty means {@code baseUrl} + {@code ncalayer.der}
     */
    public static Catalog describe(Path bundles, URI baseUrl, Optional<URI> next, Instant issued)
            throws IOException, CatalogException {
        URI base = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        CatalogJson.url(base.toString(), "--base-url");
        List<Path> jars;
        try (Stream<Path> listing = Files.list(bundles)) {
            jars = listing.filter(path -> path.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        }
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path jar : jars) {
            BundleJar bundle =
                    BundleJar.read(Files.readAllBytes(jar), jar.getFileName().toString());
            if (!names.add(bundle.symbolicName())) {
                throw new MalformedCatalogException(
                        "Two jars in " + bundles + " are the bundle " + bundle.symbolicName());
            }
            entries.add(new CatalogEntry(
                    bundle.symbolicName(),
                    bundle.names(),
                    bundle.version(),
                    base.resolve(jar.getFileName().toString()),
                    bundle.sha256(),
                    bundle.required(),
                    bundle.hidden()));
        }
        return new Catalog(issued, Optional.of(next.orElse(base.resolve("ncalayer.der"))), entries);
    }

    /** The catalog's JSON in an attached CMS SignedData (DER) signed by {@code publisher}. */
    public static byte[] sign(Catalog catalog, KeyEntry publisher, Clock clock) throws SigningException {
        byte[] json = new CatalogJson().write(catalog);
        return CmsSigner.create(publisher, CmsOptions.defaults().withClock(clock))
                .sign(json);
    }
}
