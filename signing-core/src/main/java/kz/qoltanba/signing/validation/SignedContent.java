package kz.qoltanba.signing.validation;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.cms.SignerInformation;

/**
 * What is known of the signed content: its digests in the signers' algorithms and, for signers without
 * signed attributes, whether their signature verifies over it. The content is read once, in constant
 * memory, however large.
 */
final class SignedContent {
    private static final int BUFFER = 64 * 1024;

    private final Map<String, byte[]> digests;
    private final Map<SignerInformation, Boolean> directSignatures;
    private final String absenceReason;

    private SignedContent(
            Map<String, byte[]> digests, Map<SignerInformation, Boolean> directSignatures, String absenceReason) {
        this.digests = digests;
        this.directSignatures = directSignatures;
        this.absenceReason = absenceReason;
    }

    static SignedContent absent(String reason) {
        return new SignedContent(Map.of(), new IdentityHashMap<>(), reason);
    }

    static SignedContent ofDigest(String oid, byte[] digest) {
        return new SignedContent(
                Map.of(oid, digest.clone()),
                new IdentityHashMap<>(),
                "only a digest of the content was given, and a signer without signed attributes needs the content");
    }

    /**
     * Reads the content once into a digest per known OID and into the signature of each signer that
     * signs the content directly (no signed attributes).
     */
    static SignedContent read(InputStream content, Set<String> digestOids, Map<SignerInformation, PublicKey> direct)
            throws MalformedInputException {
        Map<String, MessageDigest> running = new HashMap<>();
        for (String oid : digestOids) {
            if (DigestAlgorithms.isKnown(oid)) {
                try {
                    running.put(oid, DigestAlgorithms.newDigest(oid));
                } catch (SigningException e) {
                    // left out: the signer reports the digest algorithm as unsupported
                }
            }
        }
        Map<SignerInformation, Signature> signatures = new IdentityHashMap<>();
        for (Map.Entry<SignerInformation, PublicKey> e : direct.entrySet()) {
            try {
                SignerInformation signer = e.getKey();
                signatures.put(
                        signer,
                        Signatures.forVerifying(e.getValue(), signer.getEncryptionAlgOID(), signer.getDigestAlgOID()));
            } catch (SigningException ignored) {
                // left out: reported as a signature that could not be verified
            }
        }
        byte[] buffer = new byte[BUFFER];
        try (content) {
            for (int n; (n = content.read(buffer)) >= 0; ) {
                for (MessageDigest digest : running.values()) {
                    digest.update(buffer, 0, n);
                }
                for (Signature signature : signatures.values()) {
                    signature.update(buffer, 0, n);
                }
            }
        } catch (IOException | SignatureException e) {
            throw new MalformedInputException("cannot read the signed content: " + e.getMessage(), e);
        }
        Map<String, byte[]> digests = new HashMap<>();
        running.forEach((oid, digest) -> digests.put(oid, digest.digest()));
        Map<SignerInformation, Boolean> verified = new IdentityHashMap<>();
        for (Map.Entry<SignerInformation, Signature> e : signatures.entrySet()) {
            verified.put(e.getKey(), verifies(e.getValue(), e.getKey().getSignature()));
        }
        return new SignedContent(digests, verified, null);
    }

    private static boolean verifies(Signature signature, byte[] value) {
        try {
            return signature.verify(value);
        } catch (SignatureException e) {
            return false;
        }
    }

    Optional<byte[]> digest(String oid) {
        return Optional.ofNullable(digests.get(oid));
    }

    /** Whether a direct signature verified; empty when the content was not available to verify it. */
    Optional<Boolean> directSignature(SignerInformation signer) {
        return Optional.ofNullable(directSignatures.get(signer));
    }

    /** Why content-dependent checks could not run, or null if the content was read. */
    String absenceReason() {
        return absenceReason;
    }
}
