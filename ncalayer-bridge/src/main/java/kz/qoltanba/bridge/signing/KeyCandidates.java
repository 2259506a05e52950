package kz.qoltanba.bridge.signing;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which keys of an opened storage a request may use: valid now, the request's purpose, EKU, IIN,
 * BIN and serial filters, and a chain to the request's {@code chain} or, when it has none, to the configured
 * trust anchors. The log says why keys were left out (never anything secret). What a certificate says and
 * whether it chains to the anchors are found once and reused by later requests (see {@link CertificateReadings}
 * and {@link ChainVerdicts}); the anchors are fixed for the life of this object.
 */
public final class KeyCandidates {
    private static final Logger LOG = LoggerFactory.getLogger(KeyCandidates.class);

    private final List<X509Certificate> anchors;
    private final Clock clock;
    private final CertificateReadings readings = new CertificateReadings();
    private final ChainVerdicts verdicts = new ChainVerdicts();

    public KeyCandidates(List<X509Certificate> anchors, Clock clock) {
        this.anchors = List.copyOf(anchors);
        this.clock = clock;
    }

    /** Anchors from {@code <home>/trust/} plus the {@code --trust} files. */
    public static KeyCandidates load(Path trustDirectory, List<Path> extraAnchors, Clock clock) {
        return new KeyCandidates(TrustAnchors.load(trustDirectory, extraAnchors), clock);
    }

    public int anchorCount() {
        return anchors.size();
    }

    /** The entries that pass, in the storage's order, each with what its certificate says. */
    public List<Passing> passing(List<KeyEntry> entries, KeyFilter filter) {
        Instant now = clock.instant();
        Optional<kz.qoltanba.signing.token.KeyFilter> certificateFilter = certificateFilter(filter, now);
        if (certificateFilter.isEmpty()) {
            return List.of();
        }
        List<X509Certificate> chainAnchors = filter.chain() == null ? anchors : filter.chain();
        boolean checkChain = filter.chain() == null || !filter.chain().isEmpty();
        if (checkChain && chainAnchors.isEmpty()) {
            LOG.warn("No certificate offered: the request has no chain and no trust anchor is configured "
                    + "(put the NCA root certificates into <home>/trust/ or pass --trust)");
            return List.of();
        }
        List<Passing> result = new ArrayList<>();
        for (KeyEntry entry : entries) {
            Optional<CertificateInfo> info = info(entry);
            if (info.isEmpty()) {
                continue;
            }
            String serial = info.get().serialNumber();
            if (!certificateFilter.get().matches(entry, info.get())) {
                LOG.info("Certificate {} left out: validity, purpose, EKU, IIN, BIN or serial filter", serial);
            } else if (checkChain && !verdicts.chainsTo(entry.certificate(), entry.chain(), chainAnchors, now)) {
                LOG.info("Certificate {} left out: it does not chain to a trust anchor", serial);
            } else {
                result.add(new Passing(entry, new KeyCandidate(entry.alias(), entry.certificate(), info.get())));
            }
        }
        return result;
    }

    /** A key that passed, with the candidate shown to the user. */
    public record Passing(KeyEntry entry, KeyCandidate candidate) {}

    private Optional<CertificateInfo> info(KeyEntry entry) {
        try {
            return Optional.of(readings.of(entry.certificate()));
        } catch (MalformedInputException e) {
            LOG.info("Key {} left out: its certificate cannot be read ({})", entry.alias(), e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<kz.qoltanba.signing.token.KeyFilter> certificateFilter(KeyFilter filter, Instant now) {
        try {
            kz.qoltanba.signing.token.KeyFilter.Builder builder =
                    kz.qoltanba.signing.token.KeyFilter.builder().validAt(now);
            switch (filter.purpose()) {
                case SIGNATURE -> builder.keyPurpose(KeyPurpose.SIGN);
                case AUTHENTICATION -> builder.keyPurpose(KeyPurpose.AUTH);
                case ANY -> {
                    // no purpose filter
                }
            }
            builder.requireExtendedKeyUsages(filter.extKeyUsageOids().toArray(String[]::new));
            if (filter.iin() != null && !filter.iin().isBlank()) {
                builder.iin(filter.iin());
            }
            if (filter.bin() != null && !filter.bin().isBlank()) {
                builder.bin(filter.bin());
            }
            if (filter.serialNumber() != null && !filter.serialNumber().isBlank()) {
                builder.serialNumber(filter.serialNumber());
            }
            return Optional.of(builder.build());
        } catch (MalformedInputException e) {
            LOG.info("No certificate offered: the request's filter is unusable ({})", e.getMessage());
            return Optional.empty();
        }
    }
}
