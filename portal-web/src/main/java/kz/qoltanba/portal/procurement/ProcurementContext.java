package kz.qoltanba.portal.procurement;

import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.procurement.account.ProcurementAccounts;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.web.Principal;

/** What the procurement pages share: the portal's services and the area's account operations. */
public record ProcurementContext(PortalServices services, ProcurementAccounts accounts) {
    public static final String AREA = "procurement";
    /** A user whose e-mail is confirmed and whose password is their own. */
    public static final String ROLE_USER = "USER";
    /** Logged in before activation: only the activation notice is reachable (R-AUTH-12). */
    public static final String ROLE_EMAIL_UNCONFIRMED = "EMAIL_UNCONFIRMED";
    /** Logged in with a temporary password: only the password change is reachable. */
    public static final String ROLE_MUST_CHANGE_PASSWORD = "MUST_CHANGE_PASSWORD";
    /** The system administrator (spec L6; the platform's journal page asks for it), besides {@link #ROLE_USER}. */
    public static final String ROLE_ADMIN = "admin";

    /** The signing pipeline; fails naming it when the portal was started without one. */
    public SigningPipeline signing() {
        return services.require(SigningPipeline.class);
    }

    /** The audit journal as the area's {@link Journal}, with {@code actor} (null for an anonymous step). */
    public Journal journal(Principal actor) {
        return (c, action, type, id, details) -> services.audit().record(c, actor, action, type, id, details);
    }
}
