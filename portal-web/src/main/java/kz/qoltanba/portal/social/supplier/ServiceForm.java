package kz.qoltanba.portal.social.supplier;

import java.util.Arrays;
import java.util.Optional;

/** «Форма оказания услуг» (the seeds give no values; a small dictionary, spec Q1). */
public enum ServiceForm {
    STATIONARY("Стационарная", "Стационарлық"),
    NON_STATIONARY("Нестационарная", "Стационарлық емес"),
    HOME("На дому", "Үйде");

    private final String ru;
    private final String kk;

    ServiceForm(String ru, String kk) {
        this.ru = ru;
        this.kk = kk;
    }

    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }

    public static Optional<ServiceForm> parse(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
