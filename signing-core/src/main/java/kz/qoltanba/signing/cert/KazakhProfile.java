package kz.qoltanba.signing.cert;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of {@code kz-pki.md} §1, in one place so that every tool decides key purpose and subject type
 * the same way.
 */
final class KazakhProfile {
    static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";

    private static final Pattern IIN = Pattern.compile("(?i:IIN)([0-9]{12})");
    private static final Pattern BIN = Pattern.compile("(?i:BIN)([0-9]{12})");

    private KazakhProfile() {}

    /** The 12 digits of the first value that is exactly {@code IIN} followed by 12 digits, or null. */
    static String iin(Collection<String> values) {
        return twelveDigits(IIN, values);
    }

    /** The 12 digits of the first value that is exactly {@code BIN} followed by 12 digits, or null. */
    static String bin(Collection<String> values) {
        return twelveDigits(BIN, values);
    }

    /** NCA roles among the EKU OIDs, in declaration order of {@link Role}. */
    static List<Role> roles(Collection<String> extendedKeyUsages) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String oid : extendedKeyUsages) {
            Role.byOid(oid).ifPresent(roles::add);
        }
        return List.copyOf(roles);
    }

    /**
     * EKU clientAuth only → AUTH, emailProtection only → SIGN, both → BOTH; when the EKU has neither
     * (or is absent), key usage decides: nonRepudiation → SIGN, keyEncipherment without it → AUTH.
     */
    static KeyPurpose keyPurpose(Collection<String> extendedKeyUsages, Collection<KeyUsage> keyUsages) {
        boolean auth = extendedKeyUsages.contains(CLIENT_AUTH);
        boolean sign = extendedKeyUsages.contains(EMAIL_PROTECTION);
        if (auth || sign) {
            return auth && sign ? KeyPurpose.BOTH : auth ? KeyPurpose.AUTH : KeyPurpose.SIGN;
        }
        if (keyUsages.contains(KeyUsage.NON_REPUDIATION)) {
            return KeyPurpose.SIGN;
        }
        return keyUsages.contains(KeyUsage.KEY_ENCIPHERMENT) ? KeyPurpose.AUTH : null;
    }

    /**
     * Information-system role → INFORMATION_SYSTEM; else the legal-entity role or any legal-entity
     * sub-role, or a BIN → LEGAL_ENTITY; else the individual role or an IIN → INDIVIDUAL; else null.
     */
    static SubjectType subjectType(Collection<String> extendedKeyUsages, String iin, String bin) {
        if (extendedKeyUsages.contains(Role.INFORMATION_SYSTEM.oid())) {
            return SubjectType.INFORMATION_SYSTEM;
        }
        String legal = Role.LEGAL_ENTITY.oid();
        if (bin != null || extendedKeyUsages.stream().anyMatch(o -> o.equals(legal) || o.startsWith(legal + "."))) {
            return SubjectType.LEGAL_ENTITY;
        }
        if (iin != null || extendedKeyUsages.contains(Role.INDIVIDUAL.oid())) {
            return SubjectType.INDIVIDUAL;
        }
        return null;
    }

    private static String twelveDigits(Pattern pattern, Collection<String> values) {
        for (String value : values) {
            Matcher matcher = pattern.matcher(value);
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return null;
    }
}
