package kz.qoltanba.portal.social.application;

import kz.qoltanba.portal.social.Labelled;

/** Statuses of registry applications (§3.4) and product applications (§3.3), verbatim Russian names. */
public enum ApplicationStatus implements Labelled {
    NEW("+Новое", "+Жаңа"),
    UNDER_REVIEW("На рассмотрении", "Қаралуда"),
    APPROVED("Одобрено", "Мақұлданды"),
    REFUSED("Отказано", "Бас тартылды");

    private final String ru;
    private final String kk;

    ApplicationStatus(String ru, String kk) {
        this.ru = ru;
        this.kk = kk;
    }

    @Override
    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }

    public boolean open() {
        return this == NEW || this == UNDER_REVIEW;
    }
}
