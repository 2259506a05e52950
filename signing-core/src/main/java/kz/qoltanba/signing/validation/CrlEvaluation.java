package kz.qoltanba.signing.validation;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Judges a certificate against a set of CRLs: the newest base CRL of its issuer that verifies under the
 * issuer's key and is current, then the newest matching delta CRL over it (an entry there revokes, a
 * removeFromCRL entry un-holds). Indirect CRLs are not supported.
 */
final class CrlEvaluation {
    private CrlEvaluation() {}

    static RevocationAnswer evaluate(
            List<X509CRL> crls, X509Certificate leaf, X509Certificate issuer, VerificationOptions options) {
        Optional<PublicKey> key = SignerCertificates.publicKey(issuer);
        if (key.isEmpty()) {
            return RevocationAnswer.invalid("the issuer's public key cannot be read to check its CRL");
        }
        List<X509CRL> usable = crls.stream()
                .filter(c -> c.getIssuerX500Principal().equals(leaf.getIssuerX500Principal()))
                .toList();
        if (usable.isEmpty()) {
            return RevocationAnswer.unreachable(
                    "no CRL of " + leaf.getIssuerX500Principal().getName());
        }
        String problem = null;
        X509CRL base = null;
        for (X509CRL crl : usable) {
            Optional<String> bad = problem(crl, key.get(), options);
            if (bad.isPresent()) {
                problem = bad.get();
            } else if (!isDelta(crl) && (base == null || crl.getThisUpdate().after(base.getThisUpdate()))) {
                base = crl;
            }
        }
        if (base == null) {
            return RevocationAnswer.invalid(problem != null ? problem : "only delta CRLs, no base CRL");
        }
        BigInteger baseNumber = number(base, Extension.cRLNumber).orElse(BigInteger.ZERO);
        Optional<X509CRL> delta = usable.stream()
                .filter(CrlEvaluation::isDelta)
                .filter(c -> problem(c, key.get(), options).isEmpty())
                .filter(c -> number(c, Extension.deltaCRLIndicator)
                        .map(b -> b.compareTo(baseNumber) <= 0)
                        .orElse(false))
                .max(Comparator.comparing(X509CRL::getThisUpdate));
        Optional<Instant> nextUpdate =
                Optional.ofNullable(delta.orElse(base).getNextUpdate()).map(java.util.Date::toInstant);
        String source =
                "CRL number " + baseNumber + delta.map(d -> " with a delta CRL").orElse("");
        if (delta.isPresent()) {
            X509CRLEntry entry = delta.get().getRevokedCertificate(leaf.getSerialNumber());
            if (entry != null) {
                return isRemoval(entry)
                        ? RevocationAnswer.good(nextUpdate, source + ": removed from the CRL")
                        : RevocationAnswer.revoked(
                                entry.getRevocationDate().toInstant(), nextUpdate, source + ": revoked");
            }
        }
        X509CRLEntry entry = base.getRevokedCertificate(leaf.getSerialNumber());
        if (entry == null || isRemoval(entry)) {
            return RevocationAnswer.good(nextUpdate, source + ": not revoked");
        }
        return RevocationAnswer.revoked(entry.getRevocationDate().toInstant(), nextUpdate, source + ": revoked");
    }

    private static Optional<String> problem(X509CRL crl, PublicKey issuerKey, VerificationOptions options) {
        try {
            if (!Signatures.verify(issuerKey, crl.getSigAlgOID(), null, crl.getTBSCertList(), crl.getSignature())) {
                return Optional.of("a CRL of the issuer does not verify under the issuer's key");
            }
        } catch (SigningException | java.security.cert.CRLException e) {
            return Optional.of("a CRL of the issuer cannot be verified: " + e.getMessage());
        }
        Instant now = options.clock().instant();
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(now.plus(options.allowedClockSkew()))) {
            return Optional.of("CRL thisUpdate " + thisUpdate + " is in the future");
        }
        if (crl.getNextUpdate() == null) {
            return thisUpdate.isBefore(now.minus(options.maxRevocationAge()))
                    ? Optional.of("stale CRL: thisUpdate " + thisUpdate + " and no nextUpdate")
                    : Optional.empty();
        }
        Instant nextUpdate = crl.getNextUpdate().toInstant();
        return nextUpdate.isBefore(now.minus(options.allowedClockSkew()))
                ? Optional.of("stale CRL: nextUpdate " + nextUpdate + " has passed")
                : Optional.empty();
    }

    static boolean isDelta(X509CRL crl) {
        return crl.getExtensionValue(Extension.deltaCRLIndicator.getId()) != null;
    }

    private static boolean isRemoval(X509CRLEntry entry) {
        return entry.getRevocationReason() != null
                && entry.getRevocationReason().ordinal() == CRLReason.removeFromCRL;
    }

    private static Optional<BigInteger> number(X509CRL crl, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        byte[] value = crl.getExtensionValue(oid.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ASN1Integer.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value))
                    .getValue());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
