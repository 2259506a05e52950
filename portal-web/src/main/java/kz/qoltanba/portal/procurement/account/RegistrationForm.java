package kz.qoltanba.portal.procurement.account;

import java.util.Objects;
import java.util.Optional;

/**
 * The «Регистрация пользователя» form as submitted with «Подтверждаю данные».
 *
 * @param holder identity from the verified authentication certificate (read-only on the form)
 * @param agreementDocumentId the stored, verified signature of the user agreement; empty when not signed
 */
public record RegistrationForm(
        CertificateHolder holder,
        String email,
        String phone,
        boolean resident,
        char[] password,
        char[] confirmation,
        Optional<Long> agreementDocumentId) {
    public RegistrationForm {
        Objects.requireNonNull(holder, "holder");
        email = email == null ? "" : email.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        password = password == null ? new char[0] : password;
        confirmation = confirmation == null ? new char[0] : confirmation;
        Objects.requireNonNull(agreementDocumentId, "agreementDocumentId");
    }

    @Override
    public String toString() {
        return "RegistrationForm[iin=" + holder.iin() + ", email=" + email + "]";
    }
}
