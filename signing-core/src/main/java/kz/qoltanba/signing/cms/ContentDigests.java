package kz.qoltanba.signing.cms;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;

/** Content digests in constant memory: one 64 KiB buffer whatever the size of the stream. */
final class ContentDigests {
    static final int BUFFER_SIZE = 64 * 1024;

    private ContentDigests() {}

    static byte[] digest(String digestOid, byte[] content) throws SigningException {
        return DigestAlgorithms.newDigest(digestOid).digest(content);
    }

    static byte[] digest(String digestOid, InputStream content) throws SigningException {
        MessageDigest digest = DigestAlgorithms.newDigest(digestOid);
        byte[] buffer = new byte[BUFFER_SIZE];
        try {
            for (int n; (n = content.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ContentUnreadableException("cannot read the content to sign: " + e.getMessage(), e);
        }
        return digest.digest();
    }
}
