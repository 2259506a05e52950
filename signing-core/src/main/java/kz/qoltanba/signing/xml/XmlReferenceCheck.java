package kz.qoltanba.signing.xml;

/**
 * One {@code ds:Reference} of a checked signature.
 *
 * @param uri the Reference URI ({@code ""} for the whole document, {@code "#id"} for an element)
 * @param digestMethod the DigestMethod URI
 * @param digestValid whether the recomputed digest equals the DigestValue (false too when the reference
 *     cannot be dereferenced)
 */
public record XmlReferenceCheck(String uri, String digestMethod, boolean digestValid) {}
