package kz.qoltanba.portal.social.product;

/** A dictionary entry: a code with Russian and Kazakh names. */
public record Choice(String code, String ru, String kk) {
    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }
}
