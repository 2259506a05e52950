package kz.qoltanba.bridge.modules.basics;

import java.util.List;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignatureFormat;

/**
 * A {@code sign} request after parsing: what the host is asked to do, and how the result is written.
 *
 * @param format what the host produces
 * @param documents the bytes to sign (decoded, or the digests)
 * @param filter which certificates may be chosen
 * @param encapsulate attached CMS
 * @param timestamp CAdES-T ({@code tsaProfile} present)
 * @param outputCert with {@code raw}: also answer the signer certificate
 * @param locale {@code kk}, {@code ru} or {@code en}
 * @param logo the decoded {@code logo} image, or null
 */
record SignArguments(
        SignatureFormat format,
        List<byte[]> documents,
        KeyFilter filter,
        boolean encapsulate,
        boolean timestamp,
        boolean outputCert,
        String locale,
        byte[] logo) {
    SignArguments {
        documents = List.copyOf(documents);
    }
}
