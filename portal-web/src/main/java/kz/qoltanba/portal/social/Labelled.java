package kz.qoltanba.portal.social;

/** A value shown by its name in the user's language (a status, a delivery method). */
public interface Labelled {
    /** The name in {@code lang} ({@code "ru"} or {@code "kk"}). */
    String label(String lang);
}
