package kz.qoltanba.signing.cms;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * The ASN.1 that every CMS signature of one signer repeats (signer identifier, signingCertificateV2, embedded
 * certificates), kept across {@link CmsSigner}s: for a caller that makes a new signer for each request with the
 * same key, e.g. a server. Only certificates and what is made from them are kept, never a private key. Entries
 * are found by the signer certificate, its chain and the key family; at most {@value #LIMIT} are kept, past
 * that the memory starts again empty. Safe for concurrent use.
 */
public final class PreparedSigners {
    static final int LIMIT = 64;

    private record Signer(
            X509Certificate certificate, List<X509Certificate> chain, KeyAlgorithm algorithm, boolean includeChain) {}

    private final Map<Signer, SignerParts> prepared = new ConcurrentHashMap<>();

    SignerParts partsOf(KeyEntry key, boolean includeChain) throws SigningException {
        Signer signer =
                new Signer(key.certificate(), key.chain(), Signatures.algorithmOf(key.privateKey()), includeChain);
        SignerParts known = prepared.get(signer);
        if (known != null) {
            return known;
        }
        SignerParts parts = SignerParts.of(key, includeChain);
        if (prepared.size() >= LIMIT) {
            prepared.clear();
        }
        prepared.put(signer, parts);
        return parts;
    }

    /** How many signers are kept (for tests). */
    int size() {
        return prepared.size();
    }
}
