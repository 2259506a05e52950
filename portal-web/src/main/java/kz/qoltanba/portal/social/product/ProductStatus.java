package kz.qoltanba.portal.social.product;

import kz.qoltanba.portal.social.Labelled;

/** The TSR product's statuses (spec §3.1), with the verbatim Russian names and our Kazakh ones. */
public enum ProductStatus implements Labelled {
    DRAFT("Черновик", "Жоба"),
    READY("Готов к публикации", "Жариялауға дайын"),
    SUBMITTED("Отправлена заявка на публикацию", "Жариялауға өтінім жіберілді"),
    APPROVED("Одобрена заявка на публикацию", "Жариялауға өтінім мақұлданды"),
    REJECTED("Отклонена заявка на публикацию", "Жариялауға өтінім қабылданбады"),
    UPDATED("Обновлен", "Жаңартылды"),
    WITHDRAWN("Снят с продажи", "Сатылымнан алынды");

    private final String ru;
    private final String kk;

    ProductStatus(String ru, String kk) {
        this.ru = ru;
        this.kk = kk;
    }

    @Override
    public String label(String lang) {
        return "kk".equals(lang) ? kk : ru;
    }

    /** «Изменить» and «Удалить» are offered (P3–P5). */
    public boolean editable() {
        return this == DRAFT || this == READY || this == REJECTED;
    }

    /** Published: offered to recipients while the supplier is in the registry and stock is left. */
    public boolean published() {
        return this == APPROVED || this == UPDATED;
    }
}
