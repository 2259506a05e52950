package kz.qoltanba.portal.signing;

/**
 * Why a signature is refused: the stable codes of the verification steps V1–V12, each with the sentence a
 * user reads (Russian; the Kazakh text is under {@link #messageKey()} in {@code i18n/signing_kk.properties}).
 */
public enum Rejection {
    SIGN_REQUEST_INVALID("Запрос на подпись недействителен: он уже использован, истёк или выдан другому сеансу."),
    SIG_CONTENT_MISMATCH("Подписанные данные не совпадают с данными, выданными на подпись."),
    SIG_INVALID("Подпись недействительна."),
    CERT_UNTRUSTED("Сертификат не выдан доверенным удостоверяющим центром."),
    CERT_EXPIRED("Срок действия сертификата истёк."),
    CERT_NOT_YET_VALID("Срок действия сертификата ещё не наступил."),
    CERT_REVOKED("Сертификат отозван."),
    CERT_STATUS_UNKNOWN("Не удалось проверить, отозван ли сертификат. Повторите попытку позже."),
    CERT_WRONG_KEY_TYPE(
            "Выбран ключ другого назначения: для входа нужен ключ аутентификации (AUTH), для подписи — ключ подписи."),
    CERT_NOT_LEGAL_ENTITY("Используйте ЭЦП юридического лица (вашей организации)."),
    CERT_NOT_INDIVIDUAL("Используйте ЭЦП физического лица."),
    CERT_BIN_MISMATCH("БИН в сертификате не совпадает с БИН организации."),
    CERT_IIN_MISMATCH("ИИН в сертификате не совпадает с ИИН пользователя."),
    SIG_ALGORITHM_NOT_ALLOWED("Алгоритм подписи не разрешён: для документов юридического лица нужен ключ ГОСТ."),
    TSP_INVALID("Метка времени подписи недействительна."),
    TSP_MISSING("Подпись не содержит метки времени."),
    STATE_CHANGED("Документ изменился после запроса на подпись. Обновите страницу и подпишите снова.");

    private final String russian;

    Rejection(String russian) {
        this.russian = russian;
    }

    /** The Russian sentence shown to the user. */
    public String russian() {
        return russian;
    }

    /** The message key of the sentence in the portal's bundles. */
    public String messageKey() {
        return "signing.error." + name();
    }

    SignatureRejectedException exception(String detail) {
        return new SignatureRejectedException(this, detail, null);
    }

    SignatureRejectedException exception(String detail, SignatureRejectedException.RequestProblem problem) {
        return new SignatureRejectedException(this, detail, problem);
    }
}
