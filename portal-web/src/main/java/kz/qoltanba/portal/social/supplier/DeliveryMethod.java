package kz.qoltanba.portal.social.supplier;

import java.util.Arrays;
import java.util.Optional;
import kz.qoltanba.portal.social.Labelled;

/**
 * The order types («Тип заказа») an organisation offers; an order may only use one of them. Labels are the
 * spec's verbatim Russian.
 */
public enum DeliveryMethod implements Labelled {
    COURIER("Курьерская доставка", "Курьерлік жеткізу"),
    PICKUP("Самовывоз", "Өзі алып кету"),
    IN_PATIENT("В стационаре", "Стационарда");

    private final String ru;
    private final String kk;

    DeliveryMethod(String ru, String kk) {
        this.ru = ru;
        this.kk = kk;
    }

    @Override
    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }

    public static Optional<DeliveryMethod> parse(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
