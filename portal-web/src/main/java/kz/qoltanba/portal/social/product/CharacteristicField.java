package kz.qoltanba.portal.social.product;

/** One field of a TSR type's characteristic template: its code, labels, value type and whether it is required. */
public record CharacteristicField(String code, String ru, String kk, String type, boolean required) {
    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }
}
