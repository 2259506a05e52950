package kz.qoltanba.portal.bench;

import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;

/** The real verifier, unchanged, with the time spent inside it added up (the benchmark's timing hook). */
final class TimedCmsVerifier implements CmsVerifier {
    private final CmsVerifier real;
    private final AtomicLong nanos = new AtomicLong();

    TimedCmsVerifier(CmsVerifier real) {
        this.real = real;
    }

    @Override
    public ValidationReport verify(byte[] cms, Optional<InputStream> content, VerificationOptions options)
            throws MalformedInputException {
        long start = System.nanoTime();
        try {
            return real.verify(cms, content, options);
        } finally {
            nanos.addAndGet(System.nanoTime() - start);
        }
    }

    @Override
    public ValidationReport verifyDigest(byte[] cms, byte[] digest, String digestOid, VerificationOptions options)
            throws MalformedInputException {
        long start = System.nanoTime();
        try {
            return real.verifyDigest(cms, digest, digestOid, options);
        } finally {
            nanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** The time spent since the last call, and starts counting again. */
    long takeNanos() {
        return nanos.getAndSet(0);
    }
}
