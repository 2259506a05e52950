package kz.qoltanba.portal.signing;

/** A signature the portal accepted and stored as {@code signed_document} row {@code documentId}. */
public record VerifiedSignature(long documentId, SignerIdentity signer) {}
