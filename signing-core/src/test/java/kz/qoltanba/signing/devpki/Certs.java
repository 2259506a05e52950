package kz.qoltanba.signing.devpki;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;

/** Reads certificate fields for assertions, independently of the code under test. */
final class Certs {
    private Certs() {}

    static X509CertificateHolder holder(X509Certificate certificate) throws Exception {
        return new X509CertificateHolder(certificate.getEncoded());
    }

    /** The subject as "OID=value" pairs in order. */
    static List<String> subject(X509Certificate certificate) throws Exception {
        X500Name name = holder(certificate).getSubject();
        return Arrays.stream(name.getRDNs())
                .map(RDN::getFirst)
                .map(a -> a.getType().getId() + "=" + IETFUtils.valueToString(a.getValue()))
                .collect(Collectors.toList());
    }

    static Extension extension(X509Certificate certificate, ASN1ObjectIdentifier oid) throws Exception {
        return holder(certificate).getExtension(oid);
    }
}
