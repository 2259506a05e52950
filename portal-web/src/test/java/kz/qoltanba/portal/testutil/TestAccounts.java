package kz.qoltanba.portal.testutil;

import java.sql.Connection;
import java.util.Set;
import kz.qoltanba.portal.login.AccountDirectory;
import kz.qoltanba.portal.login.LoginArea;
import kz.qoltanba.portal.login.LoginDecision;
import kz.qoltanba.portal.signing.SignerIdentity;
import kz.qoltanba.portal.web.Principal;

/**
 * An account directory for tests: every verified holder gets an account in the area (id from the IIN), except
 * {@link #NO_ACCOUNT_IIN}, which is refused.
 */
public final class TestAccounts implements AccountDirectory {
    /** Сейткали Айгерим (GSP1): the directory knows no account for her. */
    public static final String NO_ACCOUNT_IIN = "900202400222";

    @Override
    public LoginDecision decide(Connection c, LoginArea area, SignerIdentity signer) {
        if (NO_ACCOUNT_IIN.equals(signer.iin())) {
            return LoginDecision.refuse("login.refused.NO_ACCOUNT");
        }
        Principal principal = new Principal(
                area.code(),
                Long.parseLong(signer.iin()),
                Set.of(area.code()),
                signer.name(),
                signer.iin(),
                signer.bin());
        return LoginDecision.allow(principal, "/");
    }
}
