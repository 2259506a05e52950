package kz.qoltanba.bridge.spi;

/** What the host produces for each document of a {@link SignRequest}. */
public enum SignatureFormat {
    /** CMS SignedData (CAdES-BES), DER. */
    CMS,
    /** Detached CMS over a document that is itself a precomputed digest. */
    CMS_OVER_DIGEST,
    /** The XML document with an enveloped XMLDSig, UTF-8. */
    XML,
    /** The bare signature value. */
    RAW
}
