package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Date;
import java.util.List;
import java.util.Set;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIFreeText;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;

/**
 * RFC 3161 time-stamp authority of one development PKI, signing with the {@link Persona#TSA} key of the
 * requested hierarchy (so a GOST request gets a KZ GOST-2015/512 token). It accepts SHA-2 and GOST
 * imprints (Kazakh and TC26 OIDs), honours the nonce and certReq, needs no policy in the request and
 * answers under its own default policy. The time is the PKI clock's.
 */
final class TimeStampAuthority {
    /** The policy of the development TSA, in the shape of NCA's GOST-2015 TSA policy {@code …2.6.4}. */
    static final String DEFAULT_POLICY = "1.2.398.3.3.2.6.4";

    private static final Set<String> REFUSED_DIGESTS = Set.of("1.3.14.3.2.26");

    private final DefaultDevPki pki;
    private final SecureRandom random;

    TimeStampAuthority(DefaultDevPki pki, SecureRandom random) {
        this.pki = pki;
        this.random = random;
    }

    /** The DER TimeStampResp for a DER TimeStampReq; granted, or rejected with the RFC 3161 reason. */
    byte[] respond(KeyAlgorithm algorithm, byte[] requestBytes) throws SigningException {
        TimeStampRequest request = parse(requestBytes);
        String digestOid = request.getMessageImprintAlgOID().getId();
        if (REFUSED_DIGESTS.contains(digestOid) || !DigestAlgorithms.isKnown(digestOid)) {
            return rejection(PKIFailureInfo.badAlg, "unsupported message imprint algorithm " + digestOid);
        }
        if (DigestAlgorithms.length(digestOid) != request.getMessageImprintDigest().length) {
            return rejection(
                    PKIFailureInfo.badDataFormat,
                    "the message imprint has the wrong length for " + DigestAlgorithms.name(digestOid));
        }
        ASN1ObjectIdentifier policy = request.getReqPolicy();
        if (policy != null && !DEFAULT_POLICY.equals(policy.getId())) {
            return rejection(PKIFailureInfo.unacceptedPolicy, "policy " + policy.getId() + " is not offered");
        }
        try {
            TimeStampTokenGenerator generator = generator(pki.hierarchy(algorithm));
            var token = generator.generate(
                    request, new BigInteger(64, random), Date.from(pki.clock().instant()));
            return new TimeStampResp(
                            new PKIStatusInfo(PKIStatus.granted),
                            token.toCMSSignedData().toASN1Structure())
                    .getEncoded();
        } catch (TSPException | OperatorCreationException | IOException e) {
            throw new SignatureCreationException("cannot issue a time stamp: " + e.getMessage(), e);
        }
    }

    private static TimeStampRequest parse(byte[] bytes) throws MalformedInputException {
        try {
            return new TimeStampRequest(bytes);
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("the body is not a DER time-stamp request: " + e.getMessage(), e);
        }
    }

    private static TimeStampTokenGenerator generator(Hierarchy hierarchy)
            throws SigningException, OperatorCreationException, TSPException {
        PersonaKey tsa = hierarchy.persona(Persona.TSA);
        X509CertificateHolder certificate = OcspResponder.holder(tsa.certificate());
        KeyAlgorithm algorithm = hierarchy.algorithm();
        var signerInfo = new SignerInfoGeneratorBuilder(Operators.digestCalculatorProvider())
                .setContentDigest(new AlgorithmIdentifier(new ASN1ObjectIdentifier(algorithm.digestOid())))
                .build(Operators.contentSigner(tsa.privateKey(), null), certificate);
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                signerInfo,
                Operators.digestCalculatorProvider().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier(DEFAULT_POLICY));
        generator.setAccuracySeconds(1);
        generator.setTSA(new GeneralName(
                X500Name.getInstance(tsa.certificate().getSubjectX500Principal().getEncoded())));
        generator.addCertificates(new CollectionStore<>(List.of(
                certificate, OcspResponder.holder(hierarchy.intermediate().certificate()))));
        return generator;
    }

    private static byte[] rejection(int failure, String reason) {
        try {
            return new TimeStampResp(
                            new PKIStatusInfo(
                                    PKIStatus.rejection, new PKIFreeText(reason), new PKIFailureInfo(failure)),
                            null)
                    .getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a time-stamp rejection", e);
        }
    }
}
