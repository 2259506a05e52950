package kz.qoltanba.portal.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.Rejection;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.social.order.Fulfilment;
import kz.qoltanba.portal.social.order.HandoverForm;
import kz.qoltanba.portal.social.review.Decision;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AS-20: a valid CMS posted again to its completed sign request is refused as {@code SIGN_REQUEST_INVALID} by
 * every kind of signed completion of the social area, before the transition's own status guard could answer,
 * and nothing changes. A usable request whose object changed after it was issued is refused as
 * {@code STATE_CHANGED} (V12), also before the status guard, and nothing is stored.
 */
class ReplayedSignatureIT {
    private static final String SESSION = "session-" + UUID.randomUUID();
    private static final String INVALID = "SIGN_REQUEST_INVALID";
    private static final String STATE_CHANGED = "STATE_CHANGED";
    private final SocialWorld world = new SocialWorld();
    private final Actor supplier = world.supplierB;
    private final TestPki pki = TestPki.get();
    private final SigningPipeline pipeline = SigningPipeline.create(pki.settings("http://localhost"), world.clock);
    private final PipelineSignatures signatures = new PipelineSignatures(pipeline);
    private final SignedReview review = new SignedReview(world, signatures, SESSION);
    private long product;

    @BeforeEach
    void readyProduct() {
        world.onboard(supplier);
        product = world.readyProduct(supplier, "12");
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenTheSubmissionIsReplayed_thenRequestInvalid_andNoSecondApplication() {
        IssuedRequest request = world.tx(
                c -> signatures.issue(c, SESSION, supplier, world.submissions.prepare(c, supplier, List.of(product))));
        String cms = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));
        world.tx(c -> world.submissions.submit(
                c, supplier, List.of(product), signatures.completion(c, request.id(), SESSION, cms)));
        long documents = documents();

        SignatureRefused replay = (SignatureRefused) world.refused(c -> world.submissions.submit(
                c, supplier, List.of(product), signatures.completion(c, request.id(), SESSION, cms)));

        assertThat(replay.code()).isEqualTo(INVALID);
        assertThat(replay.getMessage()).startsWith("Запрос на подпись недействителен");
        List<kz.qoltanba.portal.social.application.RegistryApplication> applications =
                world.tx(c -> world.applications.registriesOf(c, supplier.bin()));
        assertThat(applications).hasSize(1);
        assertThat(documents()).isEqualTo(documents);
    }

    @Test
    void whenTheReviewersDecisionsAreReplayed_thenRequestInvalid_andNothingChanges() throws Exception {
        long application = world.submit(supplier, product);
        long productApplication = world.tx(c -> world.applications.productsOf(c, application))
                .get(0)
                .id();
        Decision approval = Decision.approval(world.pdf(world.ivanova));
        world.tx(c -> {
            world.applicationReview.take(c, world.ivanova, application);
            world.productReview.take(c, world.ivanova, productApplication);
            return null;
        });
        KeyEntry ivanovaKey = review.ivanovaKey(pki);

        IssuedRequest productDecision = review.issueProduct(productApplication, approval);
        String productSigned = TestSignatures.sign(productDecision, ivanovaKey);
        review.decideProduct(productApplication, approval, productDecision.id(), productSigned);
        IssuedRequest registryDecision = review.issueRegistry(application, approval);
        String registrySigned = TestSignatures.sign(registryDecision, ivanovaKey);
        review.decideRegistry(application, approval, registryDecision.id(), registrySigned);
        long documents = documents();

        SignatureRefused productReplay =
                review.refusedProduct(productApplication, approval, productDecision.id(), productSigned);
        SignatureRefused registryReplay =
                review.refusedRegistry(application, approval, registryDecision.id(), registrySigned);

        assertThat(productReplay.code()).isEqualTo(INVALID);
        assertThat(registryReplay.code()).isEqualTo(INVALID);
        assertThat(documents()).isEqualTo(documents);
    }

    @Test
    void whenTheOrderAnswerAndHandoverAreReplayed_thenRequestInvalid_andTheOrderKeepsItsHistory() {
        long order = approvedAndOrdered();
        KeyEntry key = pki.key(TestKey.TSR1_SIGN);
        IssuedRequest answer = world.tx(c ->
                signatures.issue(c, SESSION, supplier, world.fulfilment.prepareAnswer(c, supplier, order, true, null)));
        String answerSigned = TestSignatures.sign(answer, key);
        world.tx(c -> {
            world.fulfilment.answer(
                    c, supplier, order, true, null, signatures.completion(c, answer.id(), SESSION, answerSigned));
            world.fulfilment.notifyAvailable(c, supplier, order);
            return null;
        });
        world.clock.advance(Duration.ofMinutes(5));
        HandoverForm form = handover(world.upload(supplier, "chek.pdf", SocialWorld.PDF.getBytes(), FileKind.SCAN));
        IssuedRequest handover = world.tx(c ->
                signatures.issue(c, SESSION, supplier, world.fulfilment.prepareHandover(c, supplier, order, form)));
        String handoverSigned = TestSignatures.sign(handover, key);
        world.tx(c -> {
            world.fulfilment.handOver(
                    c, supplier, order, form, signatures.completion(c, handover.id(), SESSION, handoverSigned));
            return null;
        });
        List<String> history = history(order);
        long documents = documents();

        SignatureRefused answerReplay = (SignatureRefused) world.refused(c -> {
            world.fulfilment.answer(
                    c, supplier, order, true, null, signatures.completion(c, answer.id(), SESSION, answerSigned));
            return null;
        });
        SignatureRefused handoverReplay = (SignatureRefused) world.refused(c -> {
            world.fulfilment.handOver(
                    c, supplier, order, form, signatures.completion(c, handover.id(), SESSION, handoverSigned));
            return null;
        });

        assertThat(answerReplay.code()).isEqualTo(INVALID);
        assertThat(handoverReplay.code()).isEqualTo(INVALID);
        assertThat(history(order)).isEqualTo(history);
        assertThat(documents()).isEqualTo(documents);
    }

    @Test
    void whenTheRequestExpiredOrBelongsToAnotherSession_thenRequestInvalid_beforeTheStatusGuard() {
        long order = approvedAndOrdered();
        KeyEntry key = pki.key(TestKey.TSR1_SIGN);
        IssuedRequest first = world.tx(c ->
                signatures.issue(c, SESSION, supplier, world.fulfilment.prepareAnswer(c, supplier, order, true, null)));
        IssuedRequest second = world.tx(c ->
                signatures.issue(c, SESSION, supplier, world.fulfilment.prepareAnswer(c, supplier, order, true, null)));
        world.tx(c -> {
            world.fulfilment.answer(c, supplier, order, true, null, world.signature(supplier));
            return null;
        });

        SignatureRefused foreign = (SignatureRefused) world.refused(c -> {
            world.fulfilment.answer(
                    c,
                    supplier,
                    order,
                    true,
                    null,
                    signatures.completion(c, first.id(), "another-session", TestSignatures.sign(first, key)));
            return null;
        });
        RuleViolation stale = world.refused(c -> {
            world.fulfilment.answer(
                    c,
                    supplier,
                    order,
                    true,
                    null,
                    signatures.completion(c, second.id(), SESSION, TestSignatures.sign(second, key)));
            return null;
        });
        world.clock.advance(Duration.ofHours(2));
        SignatureRefused expired = (SignatureRefused) world.refused(c -> {
            world.fulfilment.answer(
                    c,
                    supplier,
                    order,
                    true,
                    null,
                    signatures.completion(c, first.id(), SESSION, TestSignatures.sign(first, key)));
            return null;
        });

        assertThat(foreign.code()).isEqualTo(INVALID);
        assertThat(expired.code()).isEqualTo(INVALID);
        assertThat(stale).isInstanceOf(SignatureRefused.class);
        assertThat(((SignatureRefused) stale).code()).isEqualTo(STATE_CHANGED);
        assertThat(stale.getMessage()).isEqualTo(Rejection.STATE_CHANGED.russian());
    }

    @Test
    void whenTheRecipientCancelsAfterTheAnswerWasIssued_thenStateChanged_andNothingIsStored() {
        long order = approvedAndOrdered();
        IssuedRequest answer = world.tx(c ->
                signatures.issue(c, SESSION, supplier, world.fulfilment.prepareAnswer(c, supplier, order, true, null)));
        String signed = TestSignatures.sign(answer, pki.key(TestKey.TSR1_SIGN));
        world.tx(c -> {
            world.ordering.cancel(c, world.recipient, order);
            return null;
        });
        List<String> history = history(order);
        long documents = documents();

        SignatureRefused refused = (SignatureRefused) world.refused(c -> {
            world.fulfilment.answer(
                    c, supplier, order, true, null, signatures.completion(c, answer.id(), SESSION, signed));
            return null;
        });

        assertThat(refused.code()).isEqualTo(STATE_CHANGED);
        assertThat(refused.getMessage())
                .isEqualTo("Документ изменился после запроса на подпись. Обновите страницу и подпишите снова.");
        assertThat(history(order)).isEqualTo(history);
        assertThat(documents()).isEqualTo(documents);
        assertThat(world.statuses("SELECT status FROM social_order WHERE id = ?", order))
                .containsExactly("CANCELLED_BY_RECIPIENT");
        assertThat(unused(answer.id())).isTrue();
    }

    @Test
    void whenAnotherReviewerActionChangedTheProductApplication_thenStateChanged_andNoDecisionIsStored()
            throws Exception {
        long application = world.submit(supplier, product);
        long productApplication = world.tx(c -> world.applications.productsOf(c, application))
                .get(0)
                .id();
        Decision approval = Decision.approval(world.pdf(world.ivanova));
        world.tx(c -> {
            world.productReview.take(c, world.ivanova, productApplication);
            return null;
        });
        IssuedRequest decision = review.issueProduct(productApplication, approval);
        String signed = TestSignatures.sign(decision, review.ivanovaKey(pki));
        world.tx(c -> {
            world.productReview.cancel(c, world.ivanova, productApplication);
            world.productReview.take(c, world.ivanova, productApplication);
            return null;
        });
        long documents = documents();

        SignatureRefused refused = review.refusedProduct(productApplication, approval, decision.id(), signed);

        assertThat(refused.code()).isEqualTo(STATE_CHANGED);
        assertThat(documents()).isEqualTo(documents);
        assertThat(world.statuses("SELECT status FROM social_product_application WHERE id = ?", productApplication))
                .containsExactly("UNDER_REVIEW");
    }

    /** The product approved into the registry (stand-in signatures) and ordered once for self-pickup. */
    private long approvedAndOrdered() {
        long application = world.submit(supplier, product);
        long protocol = world.pdf(world.ivanova);
        world.tx(c -> {
            world.applicationReview.take(c, world.ivanova, application);
            long pa = world.applications.productsOf(c, application).get(0).id();
            world.productReview.take(c, world.ivanova, pa);
            world.productReview.decide(
                    c, world.ivanova, pa, Decision.approval(protocol), world.signature(world.ivanova));
            world.applicationReview.decide(
                    c, world.ivanova, application, Decision.approval(protocol), world.signature(world.ivanova));
            return null;
        });
        return world.pickupOrder(product);
    }

    private HandoverForm handover(long scan) {
        LocalDateTime now = LocalDateTime.ofInstant(world.clock.instant(), Fulfilment.ZONE);
        String date = now.toLocalDate().toString();
        return new HandoverForm("7", date, scan, date, String.format("%02d:%02d", now.getHour(), now.getMinute()));
    }

    private List<String> history(long order) {
        return world.statuses("SELECT status FROM social_order_history WHERE order_id = ? ORDER BY id", order);
    }

    private boolean unused(UUID request) {
        return world.tx(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT used_at IS NULL FROM sign_request WHERE id = ?")) {
                s.setObject(1, request);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getBoolean(1);
                }
            }
        });
    }

    private long documents() {
        return world.tx(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM signed_document");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
