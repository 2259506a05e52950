package kz.qoltanba.signing.tsp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Collection;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.SignerVerifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** RFC 3161 over a {@link TsaTransport}: request with nonce, then the response is checked before use. */
final class Rfc3161Client implements TimestampClient {
    private static final Logger LOG = LoggerFactory.getLogger(Rfc3161Client.class);

    private final TsaConfig config;
    private final TsaTransport transport;
    private final SecureRandom random;

    Rfc3161Client(TsaConfig config, TsaTransport transport, SecureRandom random) {
        this.config = config;
        this.transport = transport;
        this.random = random;
    }

    @Override
    public byte[] timestamp(byte[] data) throws SigningException {
        return timestampDigest(DigestAlgorithms.newDigest(config.digestOid()).digest(data), config.digestOid());
    }

    @Override
    public byte[] timestampDigest(byte[] digest, String digestOid) throws SigningException {
        int expected = DigestAlgorithms.length(digestOid);
        if (digest.length != expected) {
            throw new MalformedInputException("a " + DigestAlgorithms.name(digestOid) + " digest has " + expected
                    + " bytes, got " + digest.length);
        }
        TimeStampRequest request = request(digest, digestOid);
        byte[] answer;
        try {
            answer = transport.exchange(config, request.getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a time-stamp request", e);
        }
        TimeStampToken token = checkedToken(request, answer);
        LOG.debug(
                "time-stamp from {} at {}",
                config.url(),
                token.getTimeStampInfo().getGenTime());
        try {
            return token.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a time-stamp token", e);
        }
    }

    private TimeStampRequest request(byte[] digest, String digestOid) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        if (config.policyOid() != null) {
            generator.setReqPolicy(new ASN1ObjectIdentifier(config.policyOid()));
        }
        BigInteger nonce = new BigInteger(64, random);
        return generator.generate(new ASN1ObjectIdentifier(digestOid), digest, nonce);
    }

    private TimeStampToken checkedToken(TimeStampRequest request, byte[] answer) throws SigningException {
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(answer);
        } catch (TSPException | IOException | RuntimeException e) {
            throw new InvalidTimestampException(
                    "the TSA " + config.url() + " did not send a time-stamp response: " + e.getMessage(), e);
        }
        int status = response.getStatus();
        if (status != 0 && status != 1) {
            throw new TimestampRejectedException("the TSA " + config.url() + " refused the request: status "
                    + status + ", " + response.getStatusString() + ", failure info "
                    + (response.getFailInfo() == null
                            ? "none"
                            : response.getFailInfo().intValue()));
        }
        try {
            response.validate(request);
        } catch (TSPException e) {
            throw new InvalidTimestampException(
                    "the time-stamp from " + config.url() + " does not answer the request: " + e.getMessage(), e);
        }
        TimeStampToken token = response.getTimeStampToken();
        checkSignature(token);
        return token;
    }

    private void checkSignature(TimeStampToken token) throws SigningException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new InvalidTimestampException(
                    "the time-stamp from " + config.url() + " does not carry the TSA certificate");
        }
        try {
            token.validate(SignerVerifiers.of(matches.iterator().next()));
        } catch (TSPValidationException e) {
            throw new InvalidTimestampException(
                    "the time-stamp from " + config.url() + " is not valid: " + e.getMessage(), e);
        } catch (TSPException | RuntimeException e) {
            throw new InvalidTimestampException(
                    "cannot check the time-stamp from " + config.url() + ": " + e.getMessage(), e);
        }
    }
}
