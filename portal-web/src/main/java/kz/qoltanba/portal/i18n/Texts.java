package kz.qoltanba.portal.i18n;

/** The texts of one language, Russian where a Kazakh text is missing. */
public interface Texts {
    Lang lang();

    /**
     * The text of {@code key}, with {@code {0}}, {@code {1}}, … replaced by {@code args} (MessageFormat). A key
     * missing in every language comes back as {@code ???key???} so the gap is visible on the page.
     */
    String t(String key, Object... args);

    /** Whether some language defines {@code key}. */
    boolean has(String key);
}
