package kz.qoltanba.portal.social;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.portal.login.AccountDirectory;
import kz.qoltanba.portal.login.LoginArea;
import kz.qoltanba.portal.login.LoginDecision;
import kz.qoltanba.portal.signing.SignerIdentity;
import kz.qoltanba.portal.social.order.Recipient;
import kz.qoltanba.portal.social.order.Recipients;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.portal.social.supplier.Organisation;
import kz.qoltanba.portal.social.supplier.SupplierProfile;
import kz.qoltanba.portal.web.Principal;

/**
 * The social area's accounts behind the certificate login: a supplier is its organisation (created from ГБД ЮЛ
 * at the first login, L1), a reviewer must be provisioned for the УКЗиСП whose BIN the key carries (L2), a
 * recipient is created from the certificate at the first login (L3).
 */
public final class SocialAccounts implements AccountDirectory {
    private final SupplierProfile profile;
    private final Reviewers reviewers;
    private final Recipients recipients;
    private final Clock clock;

    public SocialAccounts(SupplierProfile profile, Reviewers reviewers, Recipients recipients, Clock clock) {
        this.profile = profile;
        this.reviewers = reviewers;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    public LoginDecision decide(Connection c, LoginArea area, SignerIdentity signer) throws SQLException {
        if (LoginArea.SUPPLIER.code().equals(area.code())) {
            return supplier(c, signer);
        }
        if (LoginArea.REVIEWER.code().equals(area.code())) {
            return reviewer(c, signer);
        }
        if (LoginArea.RECIPIENT.code().equals(area.code())) {
            Recipient r = recipients.enter(c, signer.iin(), signer.name(), clock.instant());
            return LoginDecision.allow(principal(area, r.id(), signer), "/social/recipient");
        }
        return LoginDecision.refuse("social.login.unknownArea");
    }

    private LoginDecision supplier(Connection c, SignerIdentity signer) throws SQLException {
        if (signer.bin() == null || signer.iin() == null) {
            return LoginDecision.refuse("social.login.legalRequired");
        }
        Organisation org;
        try {
            org = profile.enter(c, signer.bin());
        } catch (RuleViolation e) {
            return LoginDecision.refuse(e.key());
        }
        String next = org.offerAccepted() ? "/social/supplier" : "/social/supplier/welcome";
        return LoginDecision.allow(principal(LoginArea.SUPPLIER, Long.parseLong(org.bin()), signer), next);
    }

    private LoginDecision reviewer(Connection c, SignerIdentity signer) throws SQLException {
        if (signer.bin() == null || signer.iin() == null) {
            return LoginDecision.refuse("social.login.legalRequired");
        }
        Optional<Reviewers.Reviewer> reviewer = reviewers.find(c, signer.bin(), signer.iin());
        if (reviewer.isEmpty()) {
            return LoginDecision.refuse("social.login.notReviewer");
        }
        Principal p = new Principal(
                LoginArea.REVIEWER.code(),
                reviewer.get().id(),
                Set.of(LoginArea.REVIEWER.code()),
                reviewer.get().fullName(),
                signer.iin(),
                signer.bin());
        // L2: the EDS data with «Перейти в кабинет» first.
        return LoginDecision.allow(p, "/social/go/certificate");
    }

    private static Principal principal(LoginArea area, long accountId, SignerIdentity signer) {
        return new Principal(area.code(), accountId, Set.of(area.code()), signer.name(), signer.iin(), signer.bin());
    }

    /** The domain's view of a logged-in principal of the social area. */
    public static Optional<Actor> actor(Principal p) {
        Actor.Role role;
        if (LoginArea.SUPPLIER.code().equals(p.area())) {
            role = Actor.Role.SUPPLIER;
        } else if (LoginArea.REVIEWER.code().equals(p.area())) {
            role = Actor.Role.REVIEWER;
        } else if (LoginArea.RECIPIENT.code().equals(p.area())) {
            role = Actor.Role.RECIPIENT;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Actor(
                role, p.accountId(), p.iin(), role == Actor.Role.RECIPIENT ? null : p.bin(), p.displayName()));
    }
}
