package kz.qoltanba.portal.procurement.account;

import java.util.List;

/**
 * «Подтверждаю данные» found problems (R-AUTH-11); nothing was registered. Each entry is a message key.
 * Unchecked so that it passes through {@code PortalDatabase.inTransaction}, which rolls back.
 */
public final class RegistrationRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> messageKeys;

    RegistrationRefusedException(List<String> messageKeys) {
        super("registration refused: " + String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
