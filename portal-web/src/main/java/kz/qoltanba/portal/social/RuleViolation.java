package kz.qoltanba.portal.social;

import java.util.List;

/**
 * A business rule refused an action; nothing was changed. {@link #key()} names the message in
 * {@code i18n/social_*.properties} (arguments in order), {@link #getMessage()} is the Russian text for logs
 * and tests.
 */
public class RuleViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> arguments;

    public RuleViolation(String key, String russianText, Object... arguments) {
        super(russianText);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The arguments for a text in {@code lang}: a status or another {@link Labelled} value by its name there. */
    public Object[] arguments(String lang) {
        return arguments.stream()
                .map(a -> a instanceof Labelled labelled ? labelled.label(lang) : a)
                .toArray();
    }
}
