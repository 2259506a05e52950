package kz.qoltanba.portal.procurement.account;

import java.sql.Connection;
import java.sql.SQLException;
import kz.qoltanba.portal.procurement.TokenTable;
import kz.qoltanba.portal.procurement.TokenVerdict;

/** U5: following the activation link confirms the e-mail and makes the account ACTIVE. */
public final class EmailActivation {
    private final AccountContext context;

    EmailActivation(AccountContext context) {
        this.context = context;
    }

    public TokenVerdict activate(Connection c, String token) throws SQLException {
        TokenTable.Use use = context.tokens()
                .spend(c, token, MailTokens.Purpose.ACTIVATION, context.clock().instant());
        if (use.verdict() == TokenVerdict.ACCEPTED) {
            context.accounts().findById(c, use.accountId(), true);
            context.accounts().activate(c, use.accountId(), context.clock().instant());
            context.journal()
                    .record(
                            c,
                            "procurement.account.email_confirmed",
                            "procurement_account",
                            Long.toString(use.accountId()),
                            null);
        }
        return use.verdict();
    }
}
