package kz.qoltanba.portal.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.social.application.ApplicationStatus;
import kz.qoltanba.portal.social.application.RegistryApplication;
import kz.qoltanba.portal.social.product.ProductStatus;
import kz.qoltanba.portal.social.review.Decision;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supplier's inclusion application and the reviewer's decisions signed for real: CMS made with the
 * development PKI's keys, verified by the signing pipeline inside the transition's transaction. Wrong keys are
 * refused and leave everything as it was.
 */
class SignedPathIT {
    private static final String SESSION = "session-" + UUID.randomUUID();
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
    void whenSignedWithTheWrongKey_thenRefusedWithItsCode_andNothingChanges() {
        assertThat(submitSignedWith(TestKey.TSR1_AUTH).code()).isEqualTo("CERT_WRONG_KEY_TYPE");
        assertThat(submitSignedWith(TestKey.TSR1_ALT_SIGN).code()).isEqualTo("CERT_BIN_MISMATCH");
        assertThat(submitSignedWith(TestKey.GSP1_SIGN).code()).isEqualTo("CERT_BIN_MISMATCH");
        assertThat(submitSignedWith(TestKey.TSR1_IND_SIGN).code()).isEqualTo("CERT_NOT_LEGAL_ENTITY");
        assertThat(submitSignedWith(TestKey.REVOKED).code())
                .isIn("CERT_REVOKED", "CERT_NOT_LEGAL_ENTITY", "CERT_BIN_MISMATCH");

        List<RegistryApplication> none = world.tx(c -> world.applications.registriesOf(c, supplier.bin()));
        assertThat(none).isEmpty();
        assertThat(productStatus()).isEqualTo(ProductStatus.READY);
    }

    @Test
    void whenSignedWithTheLegalEntityKey_thenApplicationIsNew_andTheSignedDocumentIsStored() throws Exception {
        IssuedRequest request = issueSubmission(List.of(product));
        String cms = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));

        long id = world.tx(c -> world.submissions.submit(
                c, supplier, List.of(product), signatures.completion(c, request.id(), SESSION, cms)));

        RegistryApplication app =
                world.tx(c -> world.applications.findRegistry(c, id)).orElseThrow();
        assertThat(app.status().label("ru")).isEqualTo("+Новое");
        assertThat(productStatus()).isEqualTo(ProductStatus.SUBMITTED);
        String signer = world.tx(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT signer_iin FROM signed_document WHERE id = ?")) {
                s.setLong(1, app.submitDocumentId());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
        assertThat(signer).isEqualTo(supplier.iin());
        JsonNode envelope = envelope(app.submitDocumentId());
        assertThat(envelope.path("docType").asText()).isEqualTo("TSR_REGISTRY_APPLICATION");
        assertThat(envelope.path("docId").asText()).isEqualTo(Long.toString(app.number()));
        String[] stored = world.tx(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT doc_type, doc_id FROM signed_document WHERE id = ?")) {
                s.setLong(1, app.submitDocumentId());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new String[] {r.getString(1), r.getString(2)};
                }
            }
        });
        assertThat(stored).containsExactly("TSR_REGISTRY_APPLICATION", Long.toString(app.number()));
        assertThat(envelope.path("attachments").findValuesAsText("role")).contains("IMAGES");

        RuleViolation replay = world.refused(c -> world.submissions.submit(
                c, supplier, List.of(product), signatures.completion(c, request.id(), SESSION, cms)));
        assertThat(((SignatureRefused) replay).code()).isEqualTo("SIGN_REQUEST_INVALID");
    }

    @Test
    void whenTheSignatureCoversOtherProductsThanSubmitted_thenContentMismatch() {
        long second = world.readyProduct(supplier, "3");
        IssuedRequest request = issueSubmission(List.of(product));
        String cms = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));

        RuleViolation refusal = world.refused(c -> world.submissions.submit(
                c, supplier, List.of(product, second), signatures.completion(c, request.id(), SESSION, cms)));

        assertThat(((SignatureRefused) refusal).code()).isEqualTo("SIG_CONTENT_MISMATCH");
        assertThat(productStatus()).isEqualTo(ProductStatus.READY);
    }

    @Test
    void whenTheReviewerSignsTheDecisions_thenApproved_butAnotherOrganisationsKeyIsRefused() throws Exception {
        IssuedRequest submission = issueSubmission(List.of(product));
        String cms = TestSignatures.sign(submission, pki.key(TestKey.TSR1_SIGN));
        long application = world.tx(c -> world.submissions.submit(
                c, supplier, List.of(product), signatures.completion(c, submission.id(), SESSION, cms)));
        long productApplication = world.tx(c -> world.applications.productsOf(c, application))
                .get(0)
                .id();
        long protocol = world.pdf(world.ivanova);
        world.tx(c -> {
            world.applicationReview.take(c, world.ivanova, application);
            world.productReview.take(c, world.ivanova, productApplication);
            return null;
        });
        KeyEntry ivanovaKey = review.ivanovaKey(pki);

        Decision approval = Decision.approval(protocol);
        IssuedRequest wrong = review.issueProduct(productApplication, approval);
        String supplierSigned = TestSignatures.sign(wrong, pki.key(TestKey.TSR1_SIGN));
        RuleViolation refusal = review.refusedProduct(productApplication, approval, wrong.id(), supplierSigned);
        assertThat(((SignatureRefused) refusal).code()).isEqualTo("CERT_BIN_MISMATCH");

        IssuedRequest right = review.issueProduct(productApplication, approval);
        String reviewerSigned = TestSignatures.sign(right, ivanovaKey);
        review.decideProduct(productApplication, approval, right.id(), reviewerSigned);
        IssuedRequest decision = review.issueRegistry(application, approval);
        String decisionSigned = TestSignatures.sign(decision, ivanovaKey);
        review.decideRegistry(application, approval, decision.id(), decisionSigned);

        assertThat(world.tx(c -> world.applications.findRegistry(c, application))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApplicationStatus.APPROVED);
        assertThat(productStatus()).isEqualTo(ProductStatus.APPROVED);
        String protocolSha256 =
                world.tx(c -> world.files.find(c, protocol)).orElseThrow().sha256();
        long productDecisionDocument = world.tx(c -> world.applications.findProduct(c, productApplication))
                .orElseThrow()
                .decisionDocumentId();
        JsonNode productDecision = envelope(productDecisionDocument);
        assertThat(productDecision.path("docType").asText()).isEqualTo("TSR_PRODUCT_APPLICATION_DECISION");
        assertThat(productDecision.path("attachments").get(0).path("sha256").asText())
                .isEqualTo(protocolSha256);
    }

    private JsonNode envelope(long documentId) throws java.io.IOException {
        byte[] content = world.tx(c -> pipeline.documents().find(c, documentId))
                .orElseThrow()
                .content();
        return new ObjectMapper().readTree(content);
    }

    private IssuedRequest issueSubmission(List<Long> products) {
        return world.tx(c -> signatures.issue(c, SESSION, supplier, world.submissions.prepare(c, supplier, products)));
    }

    private SignatureRefused submitSignedWith(TestKey key) {
        IssuedRequest request = issueSubmission(List.of(product));
        String cms = TestSignatures.sign(request, pki.key(key));
        return (SignatureRefused) world.refused(c -> world.submissions.submit(
                c, supplier, List.of(product), signatures.completion(c, request.id(), SESSION, cms)));
    }

    private ProductStatus productStatus() {
        return world.tx(c -> world.products.find(c, product)).orElseThrow().status();
    }
}
