package kz.qoltanba.portal.social;

/** The object changed since the page showed it (another user acted first); reload and try again. */
public final class StateChanged extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public StateChanged(String objectType, Object id) {
        super(
                "social.error.stateChanged",
                "Состояние изменилось, обновите страницу: " + objectType + " " + id,
                objectType,
                id);
    }
}
