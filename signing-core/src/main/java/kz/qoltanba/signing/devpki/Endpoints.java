package kz.qoltanba.signing.devpki;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;

/**
 * The URL layout shared by the certificates (CRL distribution points, AIA) and the servers that answer
 * them: {@code /crl/NAME.crl}, {@code /crl/NAME-delta.crl}, {@code /cert/NAME.cer}, {@code /ocsp/SLUG},
 * {@code /tsa/SLUG}, where SLUG is {@code rsa} or {@code gost} and NAME the slug for the intermediate,
 * {@code SLUG-root} for the root and {@code SLUG-untrusted} for the untrusted root.
 */
record Endpoints(URI base) {
    private static final Map<KeyAlgorithm, String> SLUGS =
            Map.of(KeyAlgorithm.RSA, "rsa", KeyAlgorithm.GOST2015_512, "gost");

    Endpoints {
        String text = base.toString();
        base = URI.create(text.endsWith("/") ? text : text + "/");
    }

    static String slug(KeyAlgorithm algorithm) {
        String slug = SLUGS.get(algorithm);
        if (slug == null) {
            throw new IllegalArgumentException("the development PKI has no " + algorithm + " hierarchy");
        }
        return slug;
    }

    static Optional<KeyAlgorithm> algorithmOfSlug(String slug) {
        return SLUGS.entrySet().stream()
                .filter(e -> e.getValue().equals(slug))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    static String caName(KeyAlgorithm algorithm, CaRole role) {
        return slug(algorithm) + role.suffix();
    }

    URI crl(KeyAlgorithm algorithm, CaRole role) {
        return base.resolve("crl/" + caName(algorithm, role) + ".crl");
    }

    URI deltaCrl(KeyAlgorithm algorithm, CaRole role) {
        return base.resolve("crl/" + caName(algorithm, role) + "-delta.crl");
    }

    URI certificate(KeyAlgorithm algorithm, CaRole role) {
        return base.resolve("cert/" + caName(algorithm, role) + ".cer");
    }

    URI ocsp(KeyAlgorithm algorithm) {
        return base.resolve("ocsp/" + slug(algorithm));
    }

    URI tsa(KeyAlgorithm algorithm) {
        return base.resolve("tsa/" + slug(algorithm));
    }

    URI cps() {
        return base.resolve("cps");
    }

    /** The three certification authorities of each hierarchy. */
    enum CaRole {
        ROOT("-root"),
        INTERMEDIATE(""),
        UNTRUSTED_ROOT("-untrusted");

        private final String suffix;

        CaRole(String suffix) {
            this.suffix = suffix;
        }

        String suffix() {
            return suffix;
        }
    }
}
