package kz.qoltanba.portal.procurement.files;

import java.time.Instant;

/** Who signed a file, from a TOTAL_PASSED report. */
record VerifiedSigner(
        String iin,
        String bin,
        String name,
        String serial,
        Instant signingTime,
        String indication,
        String reportJson) {}
