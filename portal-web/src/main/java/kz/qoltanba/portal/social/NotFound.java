package kz.qoltanba.portal.social;

/**
 * The object does not exist or belongs to someone else: both answer the same, so a supplier cannot learn
 * whether another organisation's object exists.
 */
public final class NotFound extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NotFound(String objectType, Object id) {
        super("social.error.notFound", "Объект не найден: " + objectType + " " + id, objectType, id);
    }
}
