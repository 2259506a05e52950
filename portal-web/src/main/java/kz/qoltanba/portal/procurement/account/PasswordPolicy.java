package kz.qoltanba.portal.procurement.account;

import java.util.ArrayList;
import java.util.List;

/**
 * R-AUTH-08: 8–20 characters with lower-case letters, upper-case letters and digits (Latin or Cyrillic
 * letters; other characters allowed), and the confirmation equal to the password. Every broken rule is
 * reported, so the form can name each one.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 20;

    private PasswordPolicy() {}

    public static List<PasswordProblem> check(char[] password, char[] confirmation) {
        List<PasswordProblem> problems = new ArrayList<>();
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (!contains(password, Character::isLowerCase)) {
            problems.add(PasswordProblem.NO_LOWERCASE);
        }
        if (!contains(password, Character::isUpperCase)) {
            problems.add(PasswordProblem.NO_UPPERCASE);
        }
        if (!contains(password, c -> c >= '0' && c <= '9')) {
            problems.add(PasswordProblem.NO_DIGIT);
        }
        if (!java.util.Arrays.equals(password, confirmation)) {
            problems.add(PasswordProblem.CONFIRMATION_MISMATCH);
        }
        return List.copyOf(problems);
    }

    private static boolean contains(char[] text, java.util.function.IntPredicate test) {
        for (char c : text) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }
}
