package kz.qoltanba.portal.social;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qoltanba.portal.login.LoginArea;
import kz.qoltanba.portal.login.LoginDecision;
import kz.qoltanba.portal.signing.SignerIdentity;
import kz.qoltanba.portal.signing.SubjectKind;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.signing.cert.KeyPurpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocialAccountsIT {
    private final SocialWorld world = new SocialWorld();
    private final Reviewers reviewers = new Reviewers();
    private final SocialAccounts accounts = new SocialAccounts(world.profile, reviewers, world.recipients, world.clock);

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenASupplierLogsInFirstTime_thenTheOrganisationIsCreatedAndTheOfferIsNext() {
        LoginDecision d = decide(LoginArea.SUPPLIER, legal("850715300459", SocialWorld.SUPPLIER_A));

        assertThat(d.allowed()).isTrue();
        assertThat(d.redirect()).isEqualTo("/social/supplier/welcome");
        assertThat(d.principal().bin()).isEqualTo(SocialWorld.SUPPLIER_A);
        assertThat(SocialAccounts.actor(d.principal()).orElseThrow().role()).isEqualTo(Actor.Role.SUPPLIER);
    }

    @Test
    void whenTheOrganisationIsLiquidated_thenLoginIsRefused() {
        assertThat(decide(LoginArea.SUPPLIER, legal("850715300459", SocialWorld.LIQUIDATED))
                        .refusalKey())
                .isEqualTo("social.login.liquidated");
    }

    @Test
    void whenAReviewerIsNotProvisioned_thenRefused_andWhenProvisioned_thenTheGoCabinet() {
        SignerIdentity kim = legal(world.kim.iin(), SocialWorld.UKZ_ALM);
        assertThat(decide(LoginArea.REVIEWER, kim).refusalKey()).isEqualTo("social.login.notReviewer");

        world.tx(c -> {
            reviewers.provision(
                    c, SocialWorld.UKZ_ALM, "УКЗиСП г. Алматы", "Алматы", "75", world.kim.iin(), "Ким Олег");
            return null;
        });
        LoginDecision d = decide(LoginArea.REVIEWER, kim);
        assertThat(d.redirect()).isEqualTo("/social/go/certificate");
        assertThat(d.principal().displayName()).isEqualTo("Ким Олег");
        assertThat(decide(LoginArea.REVIEWER, legal(world.kim.iin(), SocialWorld.UKZ_AST))
                        .refusalKey())
                .isEqualTo("social.login.notReviewer");
    }

    @Test
    void whenARecipientLogsIn_thenTheAccountIsTheSameEachTime() {
        SignerIdentity person = new SignerIdentity(
                "880101300123", null, "ТЕСТОВ ТЕСТ", null, "01", SubjectKind.INDIVIDUAL, KeyPurpose.AUTH);
        long first = decide(LoginArea.RECIPIENT, person).principal().accountId();
        long again = decide(LoginArea.RECIPIENT, person).principal().accountId();

        assertThat(again).isEqualTo(first);
        assertThat(decide(LoginArea.RECIPIENT, person).redirect()).isEqualTo("/social/recipient");
    }

    private LoginDecision decide(LoginArea area, SignerIdentity signer) {
        return world.tx(c -> accounts.decide(c, area, signer));
    }

    private static SignerIdentity legal(String iin, String bin) {
        return new SignerIdentity(iin, bin, "ИМЯ", "ОРГ", "01", SubjectKind.LEGAL, KeyPurpose.AUTH);
    }
}
