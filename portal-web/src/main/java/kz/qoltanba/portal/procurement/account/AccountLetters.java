package kz.qoltanba.portal.procurement.account;

/** The texts of the area's e-mails (spec L5 items 11–12; the activation text is the seed's). */
final class AccountLetters {
    static final String ACTIVATION_PATH = "/procurement/activate?token=";
    static final String RECOVERY_PATH = "/procurement/recover?token=";

    record Letter(String subject, String body) {}

    private final String origin;

    AccountLetters(String origin) {
        this.origin = origin;
    }

    Letter activation(String fullName, String token) {
        return new Letter(
                "Активация учетной записи на веб-портале электронных закупок",
                "Уважаемый(ая) " + fullName + "! Вы зарегистрировались на веб-портале. Для того, чтобы"
                        + " активировать Вашу учетную запись просим перейти по следующей ссылке.\n\n"
                        + origin + ACTIVATION_PATH + token + "\n\n"
                        + "Если Вы не понимаете, о чём идет речь – просто проигнорируйте данное сообщение.");
    }

    Letter emailConfirmation(String fullName, String token) {
        return new Letter(
                "Подтверждение адреса электронной почты на веб-портале электронных закупок",
                "Уважаемый(ая) " + fullName + "! Для подтверждения адреса электронной почты перейдите по следующей"
                        + " ссылке.\n\n" + origin + ACTIVATION_PATH + token + "\n\n"
                        + "Если Вы не понимаете, о чём идет речь – просто проигнорируйте данное сообщение.");
    }

    Letter recoveryLink(String fullName, String token) {
        return new Letter(
                "Восстановление пароля на веб-портале электронных закупок",
                "Уважаемый(ая) " + fullName + "! Для изменения пароля перейдите по следующей ссылке."
                        + " После перехода Вам будет отправлено письмо с временным паролем.\n\n"
                        + origin + RECOVERY_PATH + token + "\n\n"
                        + "Если Вы не запрашивали изменение пароля – просто проигнорируйте данное сообщение.");
    }

    Letter temporaryPassword(String fullName, char[] password) {
        return new Letter(
                "Временный пароль для входа на веб-портал электронных закупок",
                "Уважаемый(ая) " + fullName + "! Ваш временный пароль: " + new String(password) + "\n\n"
                        + "Войдите на портал с этим паролем: при входе Вам будет предложено задать новый пароль.");
    }
}
