package kz.qoltanba.portal.social.product;

/** The characteristic tabs of the product wizard, each filled from the TSR type's template. */
public enum Tab {
    TECHNICAL("technical", "Технические характеристики", "Техникалық сипаттамалар"),
    OPERATIONAL("operational", "Эксплуатационные характеристики", "Пайдалану сипаттамалары"),
    FUNCTIONAL("functional", "Функциональные характеристики", "Функционалдық сипаттамалар");

    private final String code;
    private final String ru;
    private final String kk;

    Tab(String code, String ru, String kk) {
        this.code = code;
        this.ru = ru;
        this.kk = kk;
    }

    /** The key in the type's template and the product's column name. */
    public String code() {
        return code;
    }

    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }
}
