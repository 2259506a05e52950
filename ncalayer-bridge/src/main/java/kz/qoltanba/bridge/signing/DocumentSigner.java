package kz.qoltanba.bridge.signing;

import java.io.IOException;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.XmlPlacement;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.cms.PreparedSigners;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.xml.XmlSignOptions;
import kz.qoltanba.signing.xml.XmlSigner;

/** Signs every document of a request with one key, in the request's format, with signing-core. */
final class DocumentSigner {
    private final TimestampClient timestamps;
    private final XmlSigner xmlSigner;
    private final Clock clock;
    /** What each signer's certificates add to a CMS, made once for all requests (certificates only). */
    private final PreparedSigners prepared = new PreparedSigners();

    DocumentSigner(TimestampClient timestamps, XmlSigner xmlSigner, Clock clock) {
        this.timestamps = timestamps;
        this.xmlSigner = xmlSigner;
        this.clock = clock;
    }

    List<byte[]> sign(SignRequest request, KeyEntry key) throws HostSigningException {
        return sign(request, XmlPlacement.wholeDocument(), key);
    }

    /** As {@link #sign(SignRequest, KeyEntry)}, XML signatures placed as {@code placement} says. */
    List<byte[]> sign(SignRequest request, XmlPlacement placement, KeyEntry key) throws HostSigningException {
        try {
            return switch (request.format()) {
                case CMS -> cms(request, key).signAll(request.documents());
                case CMS_OVER_DIGEST -> overDigests(request, key);
                case XML -> xml(request, xmlOptions(placement), key);
                case RAW -> raw(request, key);
            };
        } catch (SigningException e) {
            throw new HostSigningException(
                    "the " + request.format() + " signature could not be made: " + e.getMessage(), e);
        }
    }

    private CmsSigner cms(SignRequest request, KeyEntry key) {
        CmsOptions options = CmsOptions.defaults().withClock(clock).withDetached(!request.encapsulate());
        if (request.timestamp()) {
            options = options.withTimestamps(timestamps);
        }
        return CmsSigner.create(key, options, prepared);
    }

    private List<byte[]> overDigests(SignRequest request, KeyEntry key) throws SigningException, HostSigningException {
        KeyAlgorithm algorithm = Signatures.algorithmOf(key.certificate());
        int expected = DigestAlgorithms.length(algorithm.digestOid());
        CmsSigner signer = cms(request, key);
        List<byte[]> result = new ArrayList<>();
        for (int i = 0; i < request.documents().size(); i++) {
            byte[] digest = digestOf(request, i, algorithm.digestOid());
            if (digest.length != expected) {
                throw new HostSigningException(
                        "a " + algorithm + " key signs " + expected + "-byte digests, not " + digest.length + " bytes");
            }
            result.add(signer.signDigest(digest, algorithm.digestOid()));
        }
        return result;
    }

    /** The document itself, or what its digest source answers for the key's digest algorithm. */
    private static byte[] digestOf(SignRequest request, int index, String digestOid) throws HostSigningException {
        if (request.digestSources().isEmpty()) {
            return request.documents().get(index);
        }
        String name = DigestAlgorithms.name(digestOid);
        try {
            byte[] digest = request.digestSources().get(index).digest(digestOid);
            if (digest == null) {
                throw new HostSigningException("the module gave no " + name + " digest for document " + (index + 1));
            }
            return digest;
        } catch (IOException e) {
            throw new HostSigningException(
                    "the " + name + " digest of document " + (index + 1) + " could not be computed: " + e.getMessage(),
                    e);
        }
    }

    private List<byte[]> xml(SignRequest request, XmlSignOptions options, KeyEntry key) throws SigningException {
        List<byte[]> result = new ArrayList<>();
        for (byte[] document : request.documents()) {
            result.add(xmlSigner.sign(document, key, options));
        }
        return result;
    }

    /**
     * The SPI's placement in signing-core's terms: an empty signed-element XPath signs the whole document, an
     * empty parent XPath appends the signature to the document element (not to the signed element, which is
     * signing-core's default).
     */
    static XmlSignOptions xmlOptions(XmlPlacement placement) {
        XmlSignOptions options = placement.signedElementXPath().isEmpty()
                ? XmlSignOptions.wholeDocument()
                : XmlSignOptions.byXPath(placement.signedElementXPath());
        String parent = placement.signatureParentXPath().isEmpty() ? "/*" : placement.signatureParentXPath();
        return options.withParentXPath(parent);
    }

    private static List<byte[]> raw(SignRequest request, KeyEntry key) throws SigningException, HostSigningException {
        List<byte[]> result = new ArrayList<>();
        for (byte[] document : request.documents()) {
            Signature signature = Signatures.forSigning(key.privateKey(), key.provider());
            try {
                signature.update(document);
                result.add(signature.sign());
            } catch (SignatureException e) {
                throw new HostSigningException("the raw signature could not be made: " + e.getMessage(), e);
            }
        }
        return result;
    }
}
