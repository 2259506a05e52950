package kz.qoltanba.signing.devpki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;

/**
 * CRLs of one CA, issued at the clock's instant. The complete CRL lists every revocation in effect then;
 * CRL numbers are the issuing instant's epoch second, so they grow with the clock. The delta CRL is
 * relative to the complete CRL of the start of the (UTC) day and lists the revocations since then, so
 * that base plus delta equals the complete CRL of the same instant, as RFC 5280 §5.2.4 asks.
 */
final class RevocationLists {
    private static final Duration VALIDITY = Duration.ofDays(1);

    private RevocationLists() {}

    static X509CRL complete(CertificateAuthority authority, Instant at) throws SigningException {
        Instant now = at.truncatedTo(ChronoUnit.SECONDS);
        X509v2CRLBuilder builder = builder(authority, now);
        authority.revocationsAt(now).forEach(r -> builder.addCRLEntry(r.serial(), Date.from(r.time()), r.reason()));
        return build(authority, builder, number(now), null);
    }

    static X509CRL delta(CertificateAuthority authority, Instant at) throws SigningException {
        Instant now = at.truncatedTo(ChronoUnit.SECONDS);
        Instant base = now.truncatedTo(ChronoUnit.DAYS);
        if (base.equals(now)) {
            base = base.minus(Duration.ofDays(1));
        }
        Instant since = base;
        X509v2CRLBuilder builder = builder(authority, now);
        authority.revocationsAt(now).stream()
                .filter(r -> r.time().isAfter(since))
                .forEach(r -> builder.addCRLEntry(r.serial(), Date.from(r.time()), r.reason()));
        return build(authority, builder, number(now), number(base));
    }

    private static X509v2CRLBuilder builder(CertificateAuthority authority, Instant now) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(
                        authority.certificate().getSubjectX500Principal().getEncoded()),
                Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(VALIDITY)));
        return builder;
    }

    private static X509CRL build(
            CertificateAuthority authority, X509v2CRLBuilder builder, BigInteger number, BigInteger baseNumber)
            throws SigningException {
        try {
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new AuthorityKeyIdentifier(KeyIdentifiers.of(SubjectPublicKeyInfo.getInstance(
                            authority.keys().getPublic().getEncoded()))));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
            if (baseNumber != null) {
                builder.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(baseNumber));
            }
        } catch (CertIOException e) {
            throw new SignatureCreationException("cannot add a CRL extension: " + e.getMessage(), e);
        }
        X509CRLHolder holder =
                builder.build(Operators.contentSigner(authority.keys().getPrivate(), null));
        try {
            return (X509CRL)
                    CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(holder.getEncoded()));
        } catch (CRLException | CertificateException | IOException e) {
            throw new SignatureCreationException("cannot read back an issued CRL: " + e.getMessage(), e);
        }
    }

    private static BigInteger number(Instant instant) {
        return BigInteger.valueOf(instant.getEpochSecond());
    }
}
