package kz.qoltanba.signing.algorithm;

import java.io.OutputStream;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import kz.qoltanba.signing.SigningException;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;

/**
 * Bouncy Castle operator adapters backed by {@link Signatures} and {@link DigestAlgorithms}, so that BC's
 * certificate, CRL, OCSP, TSP and CMS builders and checkers work with the Kazakh algorithms too.
 */
public final class Operators {
    private Operators() {}

    /** A content signer for BC builders; the signature is streamed, never buffered. */
    public static ContentSigner contentSigner(PrivateKey key, Provider tokenProvider) throws SigningException {
        Signature signature = Signatures.forSigning(key, tokenProvider);
        AlgorithmIdentifier identifier = Signatures.signatureAlgorithmIdentifier(Signatures.algorithmOf(key));
        OutputStream stream = new SignatureOutputStream(signature);
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return identifier;
            }

            @Override
            public OutputStream getOutputStream() {
                return stream;
            }

            @Override
            public byte[] getSignature() {
                try {
                    return signature.sign();
                } catch (SignatureException e) {
                    throw new RuntimeOperatorException("signing failed: " + e.getMessage(), e);
                }
            }
        };
    }

    /** A verifier provider for the holder of {@code key}, for any algorithm identifier BC hands it. */
    public static ContentVerifierProvider verifierProvider(PublicKey key) {
        return new ContentVerifierProvider() {
            @Override
            public boolean hasAssociatedCertificate() {
                return false;
            }

            @Override
            public X509CertificateHolder getAssociatedCertificate() {
                return null;
            }

            @Override
            public ContentVerifier get(AlgorithmIdentifier identifier) throws OperatorCreationException {
                Signature signature;
                try {
                    signature = Signatures.forVerifying(
                            key, identifier.getAlgorithm().getId(), null);
                } catch (SigningException e) {
                    throw new OperatorCreationException(e.getMessage(), e);
                }
                OutputStream stream = new SignatureOutputStream(signature);
                return new ContentVerifier() {
                    @Override
                    public AlgorithmIdentifier getAlgorithmIdentifier() {
                        return identifier;
                    }

                    @Override
                    public OutputStream getOutputStream() {
                        return stream;
                    }

                    @Override
                    public boolean verify(byte[] expected) {
                        try {
                            return signature.verify(expected);
                        } catch (SignatureException e) {
                            return false;
                        }
                    }
                };
            }
        };
    }

    /** Digest calculators for every digest {@link DigestAlgorithms} knows, Kazakh OIDs included. */
    public static DigestCalculatorProvider digestCalculatorProvider() {
        return identifier -> {
            java.security.MessageDigest digest;
            try {
                digest = DigestAlgorithms.newDigest(identifier.getAlgorithm().getId());
            } catch (SigningException e) {
                throw new OperatorCreationException(e.getMessage(), e);
            }
            OutputStream stream = new OutputStream() {
                @Override
                public void write(int b) {
                    digest.update((byte) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    digest.update(b, off, len);
                }
            };
            return new DigestCalculator() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return identifier;
                }

                @Override
                public OutputStream getOutputStream() {
                    return stream;
                }

                @Override
                public byte[] getDigest() {
                    return digest.digest();
                }
            };
        };
    }
}
