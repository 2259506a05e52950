package kz.qoltanba.benchmarks;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * The measured side of {@link DetachedSigningVsOpenSsl}, run in its own JVM (the parent gives it
 * {@code -Xmx64m}): signs one file detached through {@link CmsSigner#sign(InputStream)} with an RSA-2048
 * key and prints one line: {@code nanos peakHeapBytes messageDigestHex cmsBytes baselineHeapBytes allocatedBytes}. The time covers opening
 * the file, streaming it through the digest and building the SignedData; key generation is before it and
 * the heap peaks are reset after it. The peak heap is the larger of the pools' peak and a 2 ms sampler's
 * maximum; the allocated bytes are those of the signing thread during the call.
 */
public final class DetachedSignChild {
    private DetachedSignChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        KeyEntry key = BenchKeys.signer(KeyAlgorithm.RSA);
        CmsSigner signer = CmsSigner.create(key, CmsOptions.defaults());
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long baseline =
                heapPools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        HeapSampler sampler = HeapSampler.start();
        long start = System.nanoTime();
        byte[] cms;
        try (InputStream in = Files.newInputStream(file)) {
            cms = signer.sign(in);
        }
        long nanos = System.nanoTime() - start;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long sampledPeak = sampler.stop();
        long poolPeak = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.println(nanos + " " + Math.max(poolPeak, sampledPeak) + " " + messageDigestHex(cms) + " "
                + cms.length + " " + baseline + " " + allocated);
    }

    private static String messageDigestHex(byte[] cms) throws Exception {
        SignerInformation signer =
                new CMSSignedData(cms).getSignerInfos().iterator().next();
        ASN1OctetString digest = ASN1OctetString.getInstance(signer.getSignedAttributes()
                .get(CMSAttributes.messageDigest)
                .getAttrValues()
                .getObjectAt(0));
        return HexFormat.of().formatHex(digest.getOctets());
    }
}
