package kz.qoltanba.portal.procurement.files;

import java.time.Instant;

/** One upload as the user's file list shows it: the file and the verified signature it came with. */
public record FileSignatureRow(
        long signatureId,
        String fileId,
        String fileName,
        long fileSize,
        String sha256,
        String indication,
        String signerName,
        String signerIin,
        String signerBin,
        String certificateSerial,
        Instant signedAt) {}
