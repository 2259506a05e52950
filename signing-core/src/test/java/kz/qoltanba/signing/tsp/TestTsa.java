package kz.qoltanba.signing.tsp;

import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.qoltanba.signing.algorithm.Operators;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A minimal RFC 3161 responder for tests, built on Bouncy Castle's generators and signing with a
 * generated key; it remembers every request it answered.
 */
public final class TestTsa implements TsaTransport {
    public static final String POLICY = "1.2.398.3.3.2.6.99";

    private final KeyEntry key;
    private final Clock clock;
    private final AtomicLong serial = new AtomicLong();
    private final List<TimeStampRequest> requests = new ArrayList<>();

    public TestTsa(KeyEntry key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    public KeyEntry key() {
        return key;
    }

    public synchronized List<TimeStampRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public byte[] exchange(TsaConfig config, byte[] timeStampQuery) {
        return respond(timeStampQuery);
    }

    /** A granted response to a DER request. */
    public synchronized byte[] respond(byte[] query) {
        try {
            TimeStampRequest request = new TimeStampRequest(query);
            requests.add(request);
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new SignerInfoGeneratorBuilder(Operators.digestCalculatorProvider())
                            .build(
                                    Operators.contentSigner(key.privateKey(), null),
                                    new X509CertificateHolder(key.certificate().getEncoded())),
                    Operators.digestCalculatorProvider().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(POLICY));
            tokens.addCertificates(new JcaCertStore(List.of(key.certificate())));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            return responses
                    .generate(request, BigInteger.valueOf(serial.incrementAndGet()), Date.from(clock.instant()))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("test TSA failed: " + e.getMessage(), e);
        }
    }

    /** A rejection (status rejection, badAlg). */
    public static byte[] rejection() {
        try {
            return new TimeStampResponseGenerator(null, TSPAlgorithms.ALLOWED)
                    .generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badAlg, "algorithm not accepted")
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
