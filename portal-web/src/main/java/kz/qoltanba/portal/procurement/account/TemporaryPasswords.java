package kz.qoltanba.portal.procurement.account;

import java.security.SecureRandom;

/** Random 12-character passwords that satisfy {@link PasswordPolicy} (recovery, U9). */
final class TemporaryPasswords {
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LOWER + UPPER + DIGITS;
    private static final int LENGTH = 12;

    private final SecureRandom random;

    TemporaryPasswords(SecureRandom random) {
        this.random = random;
    }

    char[] next() {
        char[] password = new char[LENGTH];
        password[0] = pick(LOWER);
        password[1] = pick(UPPER);
        password[2] = pick(DIGITS);
        for (int i = 3; i < LENGTH; i++) {
            password[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char t = password[i];
            password[i] = password[j];
            password[j] = t;
        }
        return password;
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
