package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * RFC 6960 responder of one development PKI. The intermediate's certificates are answered by its
 * delegated responder ({@link Persona#OCSP_RESPONDER}); those of a root (the intermediate, the untrusted
 * persona) by that root itself. Times come from the PKI's clock; the request's nonce is echoed.
 */
final class OcspResponder {
    private static final Duration VALIDITY = Duration.ofHours(1);

    private final DefaultDevPki pki;
    private final DigestCalculatorProvider digests = Operators.digestCalculatorProvider();

    OcspResponder(DefaultDevPki pki) {
        this.pki = pki;
    }

    /** The DER OCSPResponse for a DER OCSPRequest; a request that cannot be read is a malformed one. */
    byte[] respond(KeyAlgorithm algorithm, byte[] requestBytes) throws SigningException {
        OCSPReq request = parse(requestBytes);
        Hierarchy hierarchy = pki.hierarchy(algorithm);
        Instant now = pki.clock().instant();
        Req[] items = request.getRequestList();
        CertificateAuthority signingAuthority =
                authorityOf(hierarchy, items[0].getCertID()).orElse(hierarchy.intermediate());
        try {
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                    SubjectPublicKeyInfo.getInstance(responderCertificate(hierarchy, signingAuthority)
                            .getPublicKey()
                            .getEncoded()),
                    digests.get(CertificateID.HASH_SHA1));
            for (Req item : items) {
                CertificateID id = item.getCertID();
                builder.addResponse(
                        id, status(hierarchy, id, now), Date.from(now), Date.from(now.plus(VALIDITY)), null);
            }
            Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(nonce));
            }
            boolean delegated = signingAuthority == hierarchy.intermediate();
            X509CertificateHolder[] chain = delegated
                    ? new X509CertificateHolder[] {holder(responderCertificate(hierarchy, signingAuthority))}
                    : new X509CertificateHolder[0];
            return new OCSPRespBuilder()
                    .build(
                            OCSPRespBuilder.SUCCESSFUL,
                            builder.build(
                                    Operators.contentSigner(signingKey(hierarchy, signingAuthority), null),
                                    chain,
                                    Date.from(now)))
                    .getEncoded();
        } catch (OCSPException | OperatorCreationException | IOException e) {
            throw new SignatureCreationException("cannot build an OCSP response: " + e.getMessage(), e);
        }
    }

    /** The OCSPResponse telling the client its request was malformed (RFC 6960 §2.3). */
    static byte[] malformedRequest() {
        try {
            return new OCSPRespBuilder()
                    .build(OCSPRespBuilder.MALFORMED_REQUEST, null)
                    .getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException("cannot encode an OCSP error response", e);
        }
    }

    private static OCSPReq parse(byte[] bytes) throws MalformedInputException {
        try {
            OCSPReq request = new OCSPReq(bytes);
            if (request.getRequestList().length == 0) {
                throw new MalformedInputException("the OCSP request asks about no certificate");
            }
            return request;
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("the body is not a DER OCSP request: " + e.getMessage(), e);
        }
    }

    private CertificateStatus status(Hierarchy hierarchy, CertificateID id, Instant now) {
        Optional<CertificateAuthority> authority = authorityOf(hierarchy, id);
        if (authority.isEmpty() || !authority.get().hasIssued(id.getSerialNumber())) {
            return new UnknownStatus();
        }
        return authority
                .get()
                .revocationAt(id.getSerialNumber(), now)
                .<CertificateStatus>map(r -> new RevokedStatus(Date.from(r.time()), r.reason()))
                .orElse(CertificateStatus.GOOD);
    }

    private Optional<CertificateAuthority> authorityOf(Hierarchy hierarchy, CertificateID id) {
        for (CertificateAuthority authority : hierarchy.authorities()) {
            try {
                if (id.matchesIssuer(holder(authority.certificate()), digests)) {
                    return Optional.of(authority);
                }
            } catch (OCSPException | SignatureCreationException e) {
                // an issuer hash algorithm we cannot compute matches none of our CAs
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static X509Certificate responderCertificate(Hierarchy hierarchy, CertificateAuthority authority) {
        return authority == hierarchy.intermediate()
                ? hierarchy.persona(Persona.OCSP_RESPONDER).certificate()
                : authority.certificate();
    }

    private static java.security.PrivateKey signingKey(Hierarchy hierarchy, CertificateAuthority authority) {
        return authority == hierarchy.intermediate()
                ? hierarchy.persona(Persona.OCSP_RESPONDER).privateKey()
                : authority.keys().getPrivate();
    }

    static X509CertificateHolder holder(X509Certificate certificate) throws SignatureCreationException {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new SignatureCreationException("cannot encode a certificate: " + e.getMessage(), e);
        }
    }
}
