package kz.qoltanba.portal.social.product;

/**
 * A certificate of conformity or a declaration on «Качественные характеристики»; dates ISO {@code yyyy-MM-dd}.
 */
public record QualityDocument(
        String kind, String number, String issueDate, String validUntil, String issuer, long fileId) {
    public static final String CERTIFICATE = "CERTIFICATE";
    public static final String DECLARATION = "DECLARATION";
}
