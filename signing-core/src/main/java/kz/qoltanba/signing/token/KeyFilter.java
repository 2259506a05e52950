package kz.qoltanba.signing.token;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.cert.SubjectType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Criteria for choosing keys of a store; every criterion is optional ({@code null} or empty means "any")
 * and an entry matches when it meets all that are set. Build one with {@link #builder()}, which checks
 * user-supplied text; the canonical constructor accepts already-checked values.
 *
 * @param alias exact alias
 * @param keyPurpose wanted purpose: an AUTH or SIGN filter also accepts BOTH keys; a BOTH filter needs a
 *     BOTH key (see {@link KeyPurpose#permits})
 * @param extendedKeyUsages EKU OIDs that must all be present
 * @param iin the holder's IIN, 12 digits
 * @param bin the organisation's BIN, 12 digits
 * @param serialNumber certificate serial number
 * @param subjectType holder type
 * @param validAt an instant within the certificate's validity period
 */
public record KeyFilter(
        String alias,
        KeyPurpose keyPurpose,
        Set<String> extendedKeyUsages,
        String iin,
        String bin,
        BigInteger serialNumber,
        SubjectType subjectType,
        Instant validAt) {
    private static final Logger LOG = LoggerFactory.getLogger(KeyFilter.class);
    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    public KeyFilter {
        SortedSet<String> ekus = new TreeSet<>(extendedKeyUsages == null ? Set.of() : extendedKeyUsages);
        extendedKeyUsages = Collections.unmodifiableSortedSet(ekus);
        if (iin != null && !TWELVE_DIGITS.matcher(iin).matches()) {
            throw new IllegalArgumentException("iin must be 12 digits");
        }
        if (bin != null && !TWELVE_DIGITS.matcher(bin).matches()) {
            throw new IllegalArgumentException("bin must be 12 digits");
        }
        if (serialNumber != null && serialNumber.signum() < 0) {
            throw new IllegalArgumentException("serialNumber must not be negative");
        }
    }

    /** A filter that every entry passes. */
    public static KeyFilter any() {
        return new KeyFilter(null, null, Set.of(), null, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The entries that match, in the order the store gave them. */
    public List<KeyEntry> apply(List<KeyEntry> entries) {
        return entries.stream().filter(this::matches).toList();
    }

    /**
     * Whether one entry meets every criterion. An entry whose certificate cannot be read matches no
     * criterion about the certificate.
     */
    public boolean matches(KeyEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (alias != null && !alias.equals(entry.alias())) {
            return false;
        }
        if (!constrainsCertificate()) {
            return true;
        }
        try {
            return matches(CertificateInfo.of(entry.certificate()));
        } catch (MalformedInputException e) {
            LOG.debug("key {} is skipped: its certificate cannot be read ({})", entry.alias(), e.getMessage());
            return false;
        }
    }

    /**
     * As {@link #matches(KeyEntry)}, with the entry's certificate already read into {@code info} (callers that
     * keep what a certificate says need not read it again for every filter).
     */
    public boolean matches(KeyEntry entry, CertificateInfo info) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(info, "info");
        if (alias != null && !alias.equals(entry.alias())) {
            return false;
        }
        return !constrainsCertificate() || matches(info);
    }

    private boolean constrainsCertificate() {
        return keyPurpose != null
                || !extendedKeyUsages.isEmpty()
                || iin != null
                || bin != null
                || serialNumber != null
                || subjectType != null
                || validAt != null;
    }

    private boolean matches(CertificateInfo info) {
        return (keyPurpose == null || info.permits(keyPurpose))
                && hasAll(info.extendedKeyUsages(), extendedKeyUsages)
                && (iin == null || iin.equals(info.iin()))
                && (bin == null || bin.equals(info.bin()))
                && (serialNumber == null || serialNumber.equals(new BigInteger(info.serialNumber(), 16)))
                && (subjectType == null || subjectType == info.subjectType())
                && (validAt == null || info.isValidAt(validAt));
    }

    private static boolean hasAll(Collection<String> present, Collection<String> required) {
        return present.containsAll(required);
    }

    /**
     * Builds a {@link KeyFilter} from values a user typed: IIN/BIN with or without their {@code IIN}/{@code
     * BIN} prefix, serial numbers in hex of either case with optional {@code 0x}, colons, spaces or leading
     * zeros. Text that cannot mean what it is given for is a {@link MalformedInputException} naming the
     * criterion.
     */
    public static final class Builder {
        private static final Pattern IIN = Pattern.compile("(?:(?i:IIN))?([0-9]{12})");
        private static final Pattern BIN = Pattern.compile("(?:(?i:BIN))?([0-9]{12})");
        private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
        private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

        private String alias;
        private KeyPurpose keyPurpose;
        private final Set<String> extendedKeyUsages = new LinkedHashSet<>();
        private String iin;
        private String bin;
        private BigInteger serialNumber;
        private SubjectType subjectType;
        private Instant validAt;

        private Builder() {}

        public Builder alias(String value) {
            alias = value;
            return this;
        }

        public Builder keyPurpose(KeyPurpose value) {
            keyPurpose = value;
            return this;
        }

        /** Adds EKU OIDs that must all be present (dotted form, e.g. {@code 1.2.398.3.3.4.1.2.1}). */
        public Builder requireExtendedKeyUsages(String... oids) throws MalformedInputException {
            for (String oid : oids) {
                if (oid == null || !OID.matcher(oid).matches()) {
                    throw new MalformedInputException("extended key usage '" + oid + "' is not a dotted OID");
                }
                extendedKeyUsages.add(oid);
            }
            return this;
        }

        /** The holder's IIN: 12 digits, optionally prefixed {@code IIN}. */
        public Builder iin(String value) throws MalformedInputException {
            iin = twelveDigits("iin", IIN, value);
            return this;
        }

        /** The organisation's BIN: 12 digits, optionally prefixed {@code BIN}. */
        public Builder bin(String value) throws MalformedInputException {
            bin = twelveDigits("bin", BIN, value);
            return this;
        }

        /** A serial number in hexadecimal: case, {@code 0x}, colons, spaces and leading zeros do not matter. */
        public Builder serialNumber(String hex) throws MalformedInputException {
            if (hex == null) {
                serialNumber = null;
                return this;
            }
            String digits = hex.strip().replaceFirst("^0[xX]", "").replaceAll("[:\\s]", "");
            if (!HEX.matcher(digits).matches()) {
                throw new MalformedInputException("serial number '" + hex + "' is not hexadecimal");
            }
            serialNumber = new BigInteger(digits, 16);
            return this;
        }

        public Builder serialNumber(BigInteger value) {
            serialNumber = value;
            return this;
        }

        public Builder subjectType(SubjectType value) {
            subjectType = value;
            return this;
        }

        public Builder validAt(Instant value) {
            validAt = value;
            return this;
        }

        public KeyFilter build() {
            return new KeyFilter(alias, keyPurpose, extendedKeyUsages, iin, bin, serialNumber, subjectType, validAt);
        }

        private static String twelveDigits(String criterion, Pattern pattern, String value)
                throws MalformedInputException {
            if (value == null) {
                return null;
            }
            Matcher matcher = pattern.matcher(value.strip());
            if (!matcher.matches()) {
                throw new MalformedInputException(criterion + " '" + value + "' is not 12 digits");
            }
            return matcher.group(1);
        }
    }
}
