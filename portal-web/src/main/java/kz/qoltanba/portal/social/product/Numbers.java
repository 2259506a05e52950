package kz.qoltanba.portal.social.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import kz.qoltanba.portal.social.RuleViolation;

/** Reading typed numbers and dates the way the seeds require: a decimal point, never a comma (R-TSR-03). */
final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    private static final Pattern MONEY = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    private Numbers() {}

    static BigDecimal decimal(String field, String text) {
        return new BigDecimal(checked(field, text, DECIMAL));
    }

    static BigDecimal money(String field, String text) {
        BigDecimal value = new BigDecimal(checked(field, text, MONEY));
        if (value.signum() <= 0) {
            throw new RuleViolation(
                    "social.product.positive", "«" + field + "»: значение должно быть больше нуля", field);
        }
        return value;
    }

    static int positiveInteger(String field, String text) {
        int value = integer(field, text);
        if (value < 1) {
            throw new RuleViolation(
                    "social.product.positive", "«" + field + "»: значение должно быть больше нуля", field);
        }
        return value;
    }

    static int integer(String field, String text) {
        return Integer.parseInt(checked(field, text, INTEGER));
    }

    private static String checked(String field, String text, Pattern pattern) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new RuleViolation("social.field.required", "Заполните поле «" + field + "»", field);
        }
        if (value.contains(",")) {
            throw new RuleViolation(
                    "social.product.decimalPoint", "«" + field + "»: используйте точку, например 25.7", field);
        }
        if (!pattern.matcher(value).matches()) {
            throw new RuleViolation("social.product.number", "«" + field + "»: введите число, например 25.7", field);
        }
        return value;
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("social.field.required", "Заполните поле «" + field + "»", field);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("social.field.date", "«" + field + "»: дата в формате ГГГГ-ММ-ДД", field);
        }
    }

    static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("social.field.required", "Заполните поле «" + field + "»", field);
        }
        return text.strip();
    }
}
