package kz.qoltanba.signing.cms;

import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * How a SignerInfo of one key family is spelled. The Kazakh families are written as Kalkan writes them
 * (Kazakh digest and signature OIDs, each with a NULL parameter, no cmsAlgorithmProtection) so that
 * Kalkan-based verifiers accept them; RSA and the TC26 families follow RFC 5754 / RFC 9215 and carry
 * cmsAlgorithmProtection (RFC 6211).
 */
record SignerProfile(
        KeyAlgorithm algorithm,
        AlgorithmIdentifier digestAlgorithm,
        AlgorithmIdentifier signatureAlgorithm,
        boolean algorithmProtection) {

    static SignerProfile of(KeyAlgorithm algorithm) {
        ASN1ObjectIdentifier digest = new ASN1ObjectIdentifier(algorithm.digestOid());
        ASN1ObjectIdentifier signature = new ASN1ObjectIdentifier(algorithm.signatureOid());
        if (algorithm.kazakhByteOrder()) {
            return new SignerProfile(
                    algorithm,
                    new AlgorithmIdentifier(digest, DERNull.INSTANCE),
                    new AlgorithmIdentifier(signature, DERNull.INSTANCE),
                    false);
        }
        return new SignerProfile(
                algorithm,
                new AlgorithmIdentifier(digest),
                new AlgorithmIdentifier(signature, algorithm.isGost() ? null : DERNull.INSTANCE),
                true);
    }

    String digestOid() {
        return digestAlgorithm.getAlgorithm().getId();
    }
}
