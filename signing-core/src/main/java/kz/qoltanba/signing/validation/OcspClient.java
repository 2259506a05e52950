package kz.qoltanba.signing.validation;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/** Asks one OCSP responder about one certificate, with a fresh 32-byte nonce (RFC 8954). */
final class OcspClient {
    private static final int NONCE_BYTES = 32;

    private final RevocationTransport transport;
    private final SecureRandom random;

    OcspClient(RevocationTransport transport, SecureRandom random) {
        this.transport = transport;
        this.random = random;
    }

    RevocationAnswer ask(URI responder, X509Certificate leaf, X509Certificate issuer, VerificationOptions options) {
        byte[] nonceValue;
        byte[] request;
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            nonceValue = new DEROctetString(nonce).getEncoded();
            CertificateID id = new CertificateID(
                    Operators.digestCalculatorProvider().get(CertificateID.HASH_SHA1),
                    OcspResponseCheck.holder(issuer),
                    leaf.getSerialNumber());
            request = new OCSPReqBuilder()
                    .addRequest(id)
                    .setRequestExtensions(
                            new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, nonceValue)))
                    .build()
                    .getEncoded();
        } catch (IOException | OCSPException | OperatorCreationException e) {
            return RevocationAnswer.invalid("cannot build an OCSP request: " + e.getMessage());
        }
        byte[] response;
        try {
            response = transport.post(responder, "application/ocsp-request", request);
        } catch (IOException e) {
            return RevocationAnswer.unreachable("OCSP responder " + responder + " unreachable: " + e.getMessage());
        }
        RevocationAnswer answer = OcspResponseCheck.evaluate(response, leaf, issuer, nonceValue, options);
        return new RevocationAnswer(
                answer.kind(), answer.revokedAt(), answer.nextUpdate(), answer.description() + " (" + responder + ")");
    }
}
