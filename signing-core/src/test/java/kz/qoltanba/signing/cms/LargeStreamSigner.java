package kz.qoltanba.signing.cms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.tsp.TestCertificates;

/**
 * Child-process entry point of {@link LargeStreamSigningIT}: signs a generated stream of the given length
 * detached with a fresh RSA key and writes the CMS; run under a small heap to prove constant memory.
 */
public final class LargeStreamSigner {
    private LargeStreamSigner() {}

    public static void main(String[] args) throws Exception {
        long length = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        KeyEntry key = new TestCertificates(KeyAlgorithm.RSA, Instant.now()).signingKey("Large stream signer");
        long start = System.nanoTime();
        byte[] cms = CmsSigner.create(key, CmsOptions.defaults()).sign(new GeneratedStream(length));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Files.write(out, cms);
        Runtime runtime = Runtime.getRuntime();
        System.out.println("signed " + length + " bytes in " + millis + " ms; max heap "
                + runtime.maxMemory() / (1024 * 1024) + " MiB");
    }
}
