package kz.qoltanba.benchmarks;

import java.security.PublicKey;
import java.security.Signature;
import java.util.Collection;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.algorithm.SignerVerifiers;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CMS SignedData (attached, whole chain, signed attributes) over 1 KiB against the bare signature primitive
 * that CMS wraps, on the same key and the same 1 KiB. The ratio cms/raw is the CMS overhead; the target is
 * at least 0.9. CMS verification is crypto-level: parse the SignedData, find the signer's certificate in it,
 * check messageDigest and the signature over the signed attributes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CmsBenchmark {
    static final int CONTENT_SIZE = 1024;

    @Param({"RSA", "GOST2015_512"})
    public String algorithm;

    private KeyEntry key;
    private PublicKey publicKey;
    private String signatureOid;
    private byte[] content;
    private byte[] rawSignature;
    private byte[] cms;
    private CmsSigner signer;

    @Setup
    public void setUp() throws Exception {
        KeyAlgorithm family = KeyAlgorithm.valueOf(algorithm);
        key = BenchKeys.signer(family);
        publicKey = Signatures.publicKey(key.certificate());
        signatureOid = family.signatureOid();
        content = new byte[CONTENT_SIZE];
        new SplittableRandom(1).nextBytes(content);
        signer = CmsSigner.create(key, CmsOptions.defaults());
        rawSignature = rawSign();
        cms = cmsSign();
        if (!rawVerify() || !rawVerifyDecodingKey() || !cmsVerify()) {
            throw new IllegalStateException("the " + algorithm + " signatures made in set-up do not verify");
        }
    }

    @Benchmark
    public byte[] rawSign() throws Exception {
        Signature signature = Signatures.forSigning(key.privateKey());
        signature.update(content);
        return signature.sign();
    }

    @Benchmark
    public byte[] cmsSign() throws SigningException {
        return signer.sign(content);
    }

    @Benchmark
    public boolean rawVerify() throws Exception {
        Signature signature = Signatures.forVerifying(publicKey, signatureOid, null);
        signature.update(content);
        return signature.verify(rawSignature);
    }

    /**
     * The raw primitive with the key decoded from the certificate on every call, as a CMS verification
     * must: separates the cost of decoding (and validating) the signer's key from the rest of CMS.
     */
    @Benchmark
    public boolean rawVerifyDecodingKey() throws Exception {
        Signature signature = Signatures.forVerifying(Signatures.publicKey(key.certificate()), signatureOid, null);
        signature.update(content);
        return signature.verify(rawSignature);
    }

    @Benchmark
    public boolean cmsVerify() throws Exception {
        CMSSignedData signedData = new CMSSignedData(cms);
        SignerInformation signerInfo = signedData.getSignerInfos().iterator().next();
        @SuppressWarnings("unchecked") // SignerId is a raw Selector in Bouncy Castle
        Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(signerInfo.getSID());
        X509CertificateHolder certificate = matches.iterator().next();
        return signerInfo.verify(SignerVerifiers.of(Signatures.publicKey(certificate.getSubjectPublicKeyInfo())));
    }
}
