package kz.qoltanba.portal.procurement.account;

import java.util.List;
import java.util.regex.Pattern;

/** The e-mail and phone checks shared by registration and «Редактировать данные». */
final class ContactRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,20}");

    private ContactRules() {}

    static void check(String email, String phone, List<String> problems) {
        if (email.isEmpty()) {
            problems.add("procurement.registration.email_missing");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add("procurement.registration.email_invalid");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add("procurement.registration.phone_invalid");
        }
    }
}
