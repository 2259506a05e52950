package kz.qoltanba.signing.validation;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;

/**
 * An in-process OCSP responder and CRL server behind {@link RevocationTransport}, with knobs for each
 * misbehaviour a verifier must catch: wrong signer, stale answers, no nonce, unreachable.
 */
final class FakeRevocationServer implements RevocationTransport {
    final Map<BigInteger, CertificateStatus> statuses = new HashMap<>();
    final Map<String, X509CRL> crls = new HashMap<>();
    KeyPair signerKey;
    X509Certificate signerCertificate;
    Instant thisUpdate = ValidationPki.NOW.minusSeconds(60);
    Instant nextUpdate = ValidationPki.NOW.plusSeconds(3600);
    boolean echoNonce = true;
    boolean ocspReachable = true;
    int ocspRequests;
    int crlRequests;

    FakeRevocationServer(KeyPair signerKey, X509Certificate signerCertificate) {
        this.signerKey = signerKey;
        this.signerCertificate = signerCertificate;
    }

    @Override
    public byte[] get(URI uri) throws IOException {
        crlRequests++;
        X509CRL crl = crls.get(uri.toString());
        if (crl == null) {
            throw new IOException("404 for " + uri);
        }
        try {
            return crl.getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        ocspRequests++;
        if (!ocspReachable) {
            throw new IOException("connection refused");
        }
        try {
            return answer(new OCSPReq(body));
        } catch (Exception e) {
            throw new IOException("responder failed: " + e.getMessage(), e);
        }
    }

    byte[] answer(OCSPReq request) throws Exception {
        CertificateID id = request.getRequestList()[0].getCertID();
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                SubjectPublicKeyInfo.getInstance(signerKey.getPublic().getEncoded()),
                Operators.digestCalculatorProvider().get(CertificateID.HASH_SHA1));
        builder.addResponse(
                id,
                statuses.getOrDefault(id.getSerialNumber(), CertificateStatus.GOOD),
                Date.from(thisUpdate),
                nextUpdate == null ? null : Date.from(nextUpdate),
                null);
        if (echoNonce && request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce) != null) {
            builder.setResponseExtensions(
                    new Extensions(request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)));
        }
        BasicOCSPResp basic = builder.build(
                Operators.contentSigner(signerKey.getPrivate(), null),
                new X509CertificateHolder[] {new X509CertificateHolder(signerCertificate.getEncoded())},
                Date.from(thisUpdate));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    /** A response made without a request (as a caller would supply it): no nonce. */
    byte[] prefetched(X509Certificate leaf, X509Certificate issuer) throws Exception {
        CertificateID id = new CertificateID(
                Operators.digestCalculatorProvider().get(CertificateID.HASH_SHA1),
                new X509CertificateHolder(issuer.getEncoded()),
                leaf.getSerialNumber());
        return answer(
                new org.bouncycastle.cert.ocsp.OCSPReqBuilder().addRequest(id).build());
    }
}
