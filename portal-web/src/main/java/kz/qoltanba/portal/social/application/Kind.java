package kz.qoltanba.portal.social.application;

/** «На включение в реестр» or «На исключение из реестра». */
public enum Kind {
    INCLUSION("На включение в реестр", "Тізілімге енгізуге"),
    EXCLUSION("На исключение из реестра", "Тізілімнен шығаруға");

    private final String ru;
    private final String kk;

    Kind(String ru, String kk) {
        this.ru = ru;
        this.kk = kk;
    }

    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }
}
