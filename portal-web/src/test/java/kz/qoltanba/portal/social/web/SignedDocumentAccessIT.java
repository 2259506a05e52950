package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.PipelineSignatures;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.application.RegistryApplication;
import kz.qoltanba.portal.social.order.Fulfilment;
import kz.qoltanba.portal.social.order.HandoverForm;
import kz.qoltanba.portal.social.order.Order;
import kz.qoltanba.portal.social.order.OrderForm;
import kz.qoltanba.portal.social.order.Recipient;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.portal.standins.StandIns;
import kz.qoltanba.portal.testutil.HttpLogin;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.portal.web.WebClient;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may open the social area's signed documents (the rules registered by the social feature): the reviewer of
 * the УКЗиСП opens the supplier's signed application, the recipient opens the supplier's signed answer and
 * hand-over of their order, the supplier opens the reviewer's signed decisions on its application and products,
 * each page that shows the signed action links its document, and another supplier, a reviewer of another УКЗиСП
 * (or the reviewer for an order) is refused.
 */
class SignedDocumentAccessIT {
    private static final String RECIPIENT_IIN = "750505400555";
    private static final String OTHER_UKZISP = "990540000222";
    private static final String OTHER_REVIEWER = "810404400444";
    private static final String SESSION = "documents-" + UUID.randomUUID();
    private final PortalDatabase db = TestDatabase.fresh();
    private final MutableClock clock = MutableClock.startingNow();
    private final TestPki pki = TestPki.get();
    private final Actor supplier =
            new Actor(Actor.Role.SUPPLIER, 1, "850101300111", SocialWorld.SUPPLIER_B, "АХМЕТОВ ЕРЛАН");
    private PortalUnderTest portal;
    private SocialArea area;
    private PipelineSignatures signatures;

    @BeforeEach
    void start() {
        portal = PortalUnderTest.start(db, clock, pki, PortalUnderTest.options());
        area = new SocialArea(
                portal.services(), portal.services().find(StandIns.class).orElseThrow());
        signatures = new PipelineSignatures(portal.services().require(SigningPipeline.class));
    }

    @AfterEach
    void stop() throws Exception {
        portal.close();
        db.close();
    }

    @Test
    void whenTheReviewerAndTheRecipientOpenTheSuppliersSignatures_thenAdmitted_andAnotherSupplierIsRefused()
            throws Exception {
        FiledApplications filed = new FiledApplications(portal);
        long application = db.inTransaction(c -> {
            FiledApplications.provisionReviewer(c);
            return filed.inclusion(c, supplier, signedBy(c, supplier, pki.key(TestKey.TSR1_SIGN)), "Звук-1");
        });
        RegistryApplication filedApplication = db.inTransaction(c -> area.applications.registriesOf(c, supplier.bin()))
                .get(0);
        long submission = filedApplication.submitDocumentId();
        long product = db.inTransaction(c -> {
            filed.approveAll(c, application);
            return area.applications.productsOf(c, application).get(0).productId();
        });

        WebClient recipient = new WebClient();
        assertThat(login(recipient, "recipient", recipientKey()).path("ok").asBoolean())
                .isTrue();
        long order = ordered(product);
        Order handedOver = db.inTransaction(
                        c -> area.orders.ofRecipient(c, recipientActor(c).accountId()))
                .get(0);
        long answer = handedOver.answerDocumentId();
        long handover = handedOver.handoverDocumentId();

        WebClient reviewer = new WebClient();
        assertThat(login(reviewer, "reviewer", FiledApplications.reviewerKey(KeyPurpose.AUTH))
                        .path("ok")
                        .asBoolean())
                .isTrue();
        assertThat(reviewer.get(portal.url("/social/go/applications/" + application))
                        .body())
                .contains("href=\"/documents/" + submission + "\"", "Подпись заявления");
        assertThat(reviewer.get(portal.url("/documents/" + submission)).statusCode())
                .isEqualTo(200);
        assertThat(reviewer.get(portal.url("/documents/" + submission + "/download"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(reviewer.get(portal.url("/documents/" + handover)).statusCode())
                .isEqualTo(403);

        String recipientOrder =
                recipient.get(portal.url("/social/recipient/orders/" + order)).body();
        assertThat(recipientOrder)
                .contains(
                        "href=\"/documents/" + answer + "\"",
                        "href=\"/documents/" + handover + "\"",
                        "Подпись подтверждения передачи");
        assertThat(recipient.get(portal.url("/documents/" + handover)).statusCode())
                .isEqualTo(200);
        assertThat(recipient.get(portal.url("/documents/" + answer)).statusCode())
                .isEqualTo(200);
        assertThat(recipient.get(portal.url("/documents/" + submission)).statusCode())
                .isEqualTo(403);

        WebClient owner = new WebClient();
        HttpLogin.login(portal, owner, "supplier", TestKey.TSR1_AUTH);
        assertThat(owner.get(portal.url("/social/supplier")).body()).contains("href=\"/documents/" + submission + "\"");
        assertThat(owner.get(portal.url("/social/supplier/orders/" + order)).body())
                .contains("href=\"/documents/" + handover + "\"");
        assertThat(owner.get(portal.url("/documents/" + handover)).statusCode()).isEqualTo(200);

        WebClient otherReviewer = otherUkzispReviewer();
        assertThat(otherReviewer.get(portal.url("/documents/" + submission)).statusCode())
                .isEqualTo(403);

        WebClient other = new WebClient();
        HttpLogin.login(portal, other, "supplier", TestKey.GSP1_AUTH);
        for (long document : new long[] {submission, answer, handover}) {
            assertThat(other.get(portal.url("/documents/" + document)).statusCode())
                    .as("document " + document)
                    .isEqualTo(403);
        }
        assertThat(other.get(portal.url("/documents/999999")).statusCode()).isEqualTo(404);
    }

    @Test
    void whenTheReviewerSignsTheDecisions_thenTheSupplierOpensThem_andAnotherUkzispOrSupplierIsRefused()
            throws Exception {
        FiledApplications filed = new FiledApplications(portal);
        long application = db.inTransaction(c -> {
            FiledApplications.provisionReviewer(c);
            return filed.inclusion(c, supplier, signedBy(c, supplier, pki.key(TestKey.TSR1_SIGN)), "Звук-1");
        });
        KeyEntry reviewerSign = FiledApplications.reviewerKey(KeyPurpose.SIGN);
        db.inTransaction(c -> {
            filed.approveAll(c, application, signedBy(c, FiledApplications.reviewer(), reviewerSign));
            return null;
        });
        long decision = db.inTransaction(c -> area.applications.findRegistry(c, application))
                .orElseThrow()
                .decisionDocumentId();
        long productDecision = db.inTransaction(c -> area.applications.productsOf(c, application))
                .get(0)
                .decisionDocumentId();

        WebClient owner = new WebClient();
        HttpLogin.login(portal, owner, "supplier", TestKey.TSR1_AUTH);
        assertThat(owner.get(portal.url("/social/supplier")).body())
                .contains("href=\"/documents/" + decision + "\"", "Подпись решения");
        for (long document : new long[] {decision, productDecision}) {
            assertThat(owner.get(portal.url("/documents/" + document)).statusCode())
                    .as("document " + document)
                    .isEqualTo(200);
        }

        WebClient otherReviewer = otherUkzispReviewer();
        WebClient other = new WebClient();
        HttpLogin.login(portal, other, "supplier", TestKey.GSP1_AUTH);
        for (long document : new long[] {decision, productDecision}) {
            assertThat(otherReviewer.get(portal.url("/documents/" + document)).statusCode())
                    .as("another УКЗиСП, document " + document)
                    .isEqualTo(403);
            assertThat(other.get(portal.url("/documents/" + document)).statusCode())
                    .as("another supplier, document " + document)
                    .isEqualTo(403);
        }
    }

    /** The recipient orders for self-pickup; the supplier answers, notifies and hands over, signing for real. */
    private long ordered(long product) throws Exception {
        KeyEntry key = pki.key(TestKey.TSR1_SIGN);
        long order = db.inTransaction(c -> area.ordering.order(
                c,
                recipientActor(c),
                new OrderForm(
                        product,
                        "1",
                        "PICKUP",
                        SocialWorld.AKTOBE,
                        "Исупова Мисмира",
                        "+7 702 555 0505",
                        "recipient@example.kz")));
        db.inTransaction(c -> {
            area.fulfilment.answer(c, supplier, order, true, null, signedBy(c, supplier, key));
            area.fulfilment.notifyAvailable(c, supplier, order);
            return null;
        });
        clock.advance(Duration.ofMinutes(5));
        long scan = db.inTransaction(c -> area.files
                .store(
                        c,
                        supplier,
                        FileStore.organisationOwner(supplier.bin()),
                        "vydacha.pdf",
                        SocialWorld.PDF.getBytes(),
                        FileKind.SCAN)
                .id());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Fulfilment.ZONE);
        String date = now.toLocalDate().toString();
        HandoverForm form = new HandoverForm(
                "ВЫД-17", date, scan, date, String.format("%02d:%02d", now.getHour(), now.getMinute()));
        db.inTransaction(c -> {
            area.fulfilment.handOver(c, supplier, order, form, signedBy(c, supplier, key));
            return null;
        });
        return order;
    }

    /** Signs exactly what the transition is about to do, through the portal's pipeline (stored documents). */
    private SignatureCompletion signedBy(Connection c, Actor signer, KeyEntry key) {
        return expected -> {
            IssuedRequest request = signatures.issue(c, SESSION, signer, expected);
            return signatures
                    .completion(c, request.id(), SESSION, TestSignatures.sign(request, key))
                    .complete(expected);
        };
    }

    private Actor recipientActor(Connection c) throws SQLException {
        Recipient r = area.recipients.find(c, RECIPIENT_IIN).orElseThrow();
        return new Actor(Actor.Role.RECIPIENT, r.id(), r.iin(), null, r.fullName());
    }

    private KeyEntry otherReviewerKey() throws Exception {
        return DevCertificates.issue(
                pki.pki(),
                KeyAlgorithm.RSA,
                DevHolder.employee("СЕРИКОВА", "ДАНА", "АСКАРОВНА", OTHER_REVIEWER, "УКЗИСП Г. ШЫМКЕНТА", OTHER_UKZISP),
                KeyPurpose.AUTH,
                Clock.systemUTC(),
                new SecureRandom());
    }

    private KeyEntry recipientKey() throws Exception {
        return DevCertificates.issue(
                pki.pki(),
                KeyAlgorithm.RSA,
                DevHolder.individual("ИСУПОВА", "МИСМИРА", "ТАЛГАТОВНА", RECIPIENT_IIN),
                KeyPurpose.AUTH,
                Clock.systemUTC(),
                new SecureRandom());
    }

    private JsonNode login(WebClient client, String loginArea, KeyEntry key) throws Exception {
        return client.certificateLogin(portal.url("/login/" + loginArea), key);
    }

    /** A reviewer of another УКЗиСП (Shymkent), provisioned and logged in with the certificate. */
    private WebClient otherUkzispReviewer() throws Exception {
        db.inTransaction(c -> {
            new Reviewers()
                    .provision(
                            c,
                            OTHER_UKZISP,
                            "УКЗиСП г. Шымкента",
                            "Шымкент қ. ЖҚӘБ",
                            "7910",
                            OTHER_REVIEWER,
                            "Серикова Дана");
            return null;
        });
        WebClient otherReviewer = new WebClient();
        assertThat(login(otherReviewer, "reviewer", otherReviewerKey())
                        .path("ok")
                        .asBoolean())
                .isTrue();
        return otherReviewer;
    }
}
