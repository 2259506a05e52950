package kz.qoltanba.signing.cms;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;

/** {@link CmsSigner} for one {@link KeyEntry}: digest, signed attributes, key signs, assemble. */
final class KeyCmsSigner implements CmsSigner {
    private final KeyEntry key;
    private final CmsOptions options;
    /** Where to take the key's parts from, or null to make them here. */
    private final PreparedSigners prepared;
    /** Made (or taken) on first use and kept: every signature of this signer shares them. */
    private volatile SignerParts parts;

    KeyCmsSigner(KeyEntry key, CmsOptions options, PreparedSigners prepared) {
        this.key = Objects.requireNonNull(key, "key");
        this.options = Objects.requireNonNull(options, "options");
        this.prepared = prepared;
    }

    @Override
    public byte[] sign(byte[] content) throws SigningException {
        SignerInfoMaker maker = maker();
        byte[] digest = ContentDigests.digest(maker.profile().digestOid(), content);
        return newSignedData(maker, digest, options.detached() ? null : content);
    }

    @Override
    public byte[] sign(InputStream content) throws SigningException {
        SignerInfoMaker maker = maker();
        return newSignedData(maker, ContentDigests.digest(maker.profile().digestOid(), content), null);
    }

    @Override
    public byte[] signDigest(byte[] digest, String digestOid) throws SigningException {
        SignerInfoMaker maker = maker();
        if (!maker.profile().digestOid().equals(digestOid)) {
            throw new UnsupportedAlgorithmException("a " + maker.profile().algorithm() + " key signs "
                    + DigestAlgorithms.name(maker.profile().digestOid()) + " digests, not "
                    + DigestAlgorithms.name(digestOid));
        }
        return newSignedData(maker, digest, null);
    }

    @Override
    public List<byte[]> signAll(List<byte[]> contents) throws SigningException {
        List<byte[]> out = new ArrayList<>(contents.size());
        for (byte[] content : contents) {
            out.add(sign(content));
        }
        return out;
    }

    @Override
    public byte[] coSign(byte[] cms, byte[] detachedContent) throws SigningException {
        SignedData existing = CmsStructure.parse(cms);
        byte[] attached = CmsStructure.attachedContent(existing);
        if (attached == null && detachedContent == null) {
            throw new DetachedContentRequiredException("the CMS is detached: co-signing it needs the content it signs");
        }
        if (attached != null && detachedContent != null && !MessageDigest.isEqual(attached, detachedContent)) {
            throw new MalformedInputException("the content given differs from the content attached to the CMS");
        }
        SignerInfoMaker maker = maker();
        byte[] digest =
                ContentDigests.digest(maker.profile().digestOid(), attached != null ? attached : detachedContent);
        return addSigner(existing, maker, digest);
    }

    @Override
    public byte[] coSign(byte[] cms, InputStream detachedContent) throws SigningException {
        SignedData existing = CmsStructure.parse(cms);
        byte[] attached = CmsStructure.attachedContent(existing);
        SignerInfoMaker maker = maker();
        byte[] digest = ContentDigests.digest(maker.profile().digestOid(), detachedContent);
        if (attached != null
                && !MessageDigest.isEqual(
                        digest, ContentDigests.digest(maker.profile().digestOid(), attached))) {
            throw new MalformedInputException("the content given differs from the content attached to the CMS");
        }
        return addSigner(existing, maker, digest);
    }

    @Override
    public byte[] addTimestamp(byte[] cms) throws SigningException {
        if (options.timestamps() == null) {
            throw new TimestampClientMissingException("no TSA is configured: set CmsOptions.timestamps");
        }
        SignedData existing = CmsStructure.parse(cms);
        List<SignerInfo> signers = new ArrayList<>();
        for (var element : existing.getSignerInfos()) {
            SignerInfo signer = SignerInfo.getInstance(element);
            signers.add(
                    SignatureTimestamps.hasTimestamp(signer)
                            ? signer
                            : SignatureTimestamps.withTimestamp(signer, options.timestamps()));
        }
        return CmsStructure.encode(SignedDataAssembler.withSigners(existing, signers));
    }

    private SignerInfoMaker maker() throws SigningException {
        SignerParts known = parts;
        if (known == null) {
            known = prepared != null
                    ? prepared.partsOf(key, options.includeChain())
                    : SignerParts.of(key, options.includeChain());
            parts = known;
        }
        return new SignerInfoMaker(key, known, options);
    }

    private byte[] newSignedData(SignerInfoMaker maker, byte[] digest, byte[] content) throws SigningException {
        ASN1ObjectIdentifier type = CMSObjectIdentifiers.data;
        SignerInfo signer = timestamped(maker.make(type, digest));
        return CmsStructure.encode(SignedDataAssembler.create(signer, maker.certificateSet(), type, content));
    }

    private byte[] addSigner(SignedData existing, SignerInfoMaker maker, byte[] digest) throws SigningException {
        ASN1ObjectIdentifier type = existing.getEncapContentInfo().getContentType();
        SignerInfo signer = timestamped(maker.make(type, digest));
        return CmsStructure.encode(SignedDataAssembler.addSigner(existing, signer, maker.certificates()));
    }

    private SignerInfo timestamped(SignerInfo signer) throws SigningException {
        return options.timestamps() == null ? signer : SignatureTimestamps.withTimestamp(signer, options.timestamps());
    }
}
