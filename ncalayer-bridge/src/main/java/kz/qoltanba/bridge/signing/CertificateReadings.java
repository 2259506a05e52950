package kz.qoltanba.bridge.signing;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * What each certificate says, read once: a certificate never changes, so its reading is kept and every later
 * request with an equal certificate (the same DER) reuses it. At most {@value #LIMIT} readings are kept; past
 * that the memory starts again empty. A certificate that cannot be read is not remembered.
 */
final class CertificateReadings {
    static final int LIMIT = 256;

    private final Map<X509Certificate, CertificateInfo> readings = new ConcurrentHashMap<>();

    CertificateInfo of(X509Certificate certificate) throws MalformedInputException {
        CertificateInfo known = readings.get(certificate);
        if (known != null) {
            return known;
        }
        CertificateInfo info = CertificateInfo.of(certificate);
        if (readings.size() >= LIMIT) {
            readings.clear();
        }
        readings.put(certificate, info);
        return info;
    }

    /** How many readings are kept (for tests). */
    int size() {
        return readings.size();
    }
}
