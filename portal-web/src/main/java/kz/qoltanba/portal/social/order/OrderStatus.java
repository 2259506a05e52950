package kz.qoltanba.portal.social.order;

import kz.qoltanba.portal.social.Labelled;

/** The TSR order's statuses (spec §3.8), verbatim Russian names and our Kazakh ones. */
public enum OrderStatus implements Labelled {
    CREATED("Создан", "Құрылды"),
    AWAITING_ANSWER("Ожидается ответ о наличии товара", "Тауардың бар-жоғы туралы жауап күтілуде"),
    RESERVED("Товар есть в наличии, зарезервирован", "Тауар бар, брондалды"),
    TRACK_ASSIGNED(
            "Трек-номер присвоен, идет передача курьеру на доставку",
            "Трек-нөмір берілді, курьерге жеткізуге беріліп жатыр"),
    DELIVERED_BY_COURIER("Успешно доставлен курьером", "Курьер сәтті жеткізді"),
    AVAILABLE_FOR_PICKUP("Доступен для самовывоза на складе", "Қоймадан өзі алып кетуге қолжетімді"),
    HANDED_OVER_AT_WAREHOUSE("Успешно выдан со склада", "Қоймадан сәтті берілді"),
    AVAILABLE_IN_PATIENT("Доступен в стационаре", "Стационарда қолжетімді"),
    HANDED_OVER_IN_PATIENT("Успешно выдан в стационаре", "Стационарда сәтті берілді"),
    CANCELLED_BY_SUPPLIER(
            "Отменен поставщиком (товар отсутствует на складе)", "Жеткізуші бас тартты (тауар қоймада жоқ)"),
    CANCELLED_BY_RECIPIENT("Отменен получателем", "Алушы бас тартты");

    private final String ru;
    private final String kk;

    OrderStatus(String ru, String kk) {
        this.ru = ru;
        this.kk = kk;
    }

    @Override
    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }
}
