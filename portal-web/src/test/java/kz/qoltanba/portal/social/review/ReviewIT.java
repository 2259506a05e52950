package kz.qoltanba.portal.social.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.application.ApplicationStatus;
import kz.qoltanba.portal.social.application.ProductApplication;
import kz.qoltanba.portal.social.application.RegistryApplication;
import kz.qoltanba.portal.social.product.Product;
import kz.qoltanba.portal.social.product.ProductStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewIT {
    private final SocialWorld world = new SocialWorld();
    private final Actor a = world.supplierA;
    private final Actor ivanova = world.ivanova;
    private long product;
    private long application;
    private long productApplication;

    @BeforeEach
    void submitted() {
        world.onboard(a);
        product = world.readyProduct(a, "12");
        application = world.submit(a, product);
        productApplication = world.tx(c -> world.applications.productsOf(c, application))
                .get(0)
                .id();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenTakenIntoWork_thenUnderReviewWithTheReviewersName_andCancelReturnsItToNew() {
        world.tx(c -> {
            world.applicationReview.take(c, ivanova, application);
            return null;
        });
        RegistryApplication taken = app();
        assertThat(taken.status().label("ru")).isEqualTo("На рассмотрении");
        assertThat(taken.reviewerName()).isEqualTo("Иванова Мария");

        world.tx(c -> {
            world.applicationReview.cancel(c, ivanova, application);
            return null;
        });
        assertThat(app().status()).isEqualTo(ApplicationStatus.NEW);
        assertThat(app().reviewerName()).isNull();
    }

    @Test
    void whenAnotherDepartmentsReviewerLooks_thenTheApplicationDoesNotExistForThem() {
        assertThat(world.refused(c -> {
                            world.applicationReview.take(c, world.kim, application);
                            return null;
                        })
                        .key())
                .isEqualTo("social.error.notFound");
    }

    @Test
    void whenAColleagueTookIt_thenOnlyTheColleagueDecidesOrCancels() {
        world.tx(c -> {
            world.applicationReview.take(c, ivanova, application);
            return null;
        });
        long protocol = world.pdf(world.petrov);

        assertThat(world.refused(c -> {
                            world.applicationReview.take(c, world.petrov, application);
                            return null;
                        })
                        .key())
                .isEqualTo("social.review.notNew");
        assertThat(world.refused(c -> {
                            world.applicationReview.cancel(c, world.petrov, application);
                            return null;
                        })
                        .key())
                .isEqualTo("social.review.notMine");
        assertThat(world.refused(c -> world.applicationReview.prepare(
                                c, world.petrov, application, Decision.refusal(List.of("x"), protocol)))
                        .key())
                .isEqualTo("social.review.notMine");
    }

    @Test
    void whenNoProductApplicationIsApproved_thenTheApplicationCannotBeApproved() {
        long protocol = world.pdf(ivanova);
        world.tx(c -> {
            world.applicationReview.take(c, ivanova, application);
            return null;
        });

        assertThat(world.refused(c ->
                                world.applicationReview.prepare(c, ivanova, application, Decision.approval(protocol)))
                        .key())
                .isEqualTo("social.review.productsUndecided");

        world.tx(c -> {
            world.productReview.take(c, ivanova, productApplication);
            world.productReview.decide(
                    c,
                    ivanova,
                    productApplication,
                    Decision.refusal(List.of("Нет сертификата соответствия"), protocol),
                    world.signature(ivanova));
            return null;
        });
        assertThat(world.refused(c ->
                                world.applicationReview.prepare(c, ivanova, application, Decision.approval(protocol)))
                        .key())
                .isEqualTo("social.review.noApprovedProduct");
    }

    @Test
    void whenProtocolIsMissingOrNotPdf_thenTheDecisionIsRefused() {
        world.tx(c -> {
            world.productReview.take(c, ivanova, productApplication);
            return null;
        });
        assertThat(world.refused(c ->
                                world.productReview.prepare(c, ivanova, productApplication, Decision.approval(null)))
                        .key())
                .isEqualTo("social.review.protocolRequired");
        assertThat(world.refused(c -> world.files.store(
                                c,
                                ivanova,
                                FileStore.ukzispOwner(SocialWorld.UKZ_AST),
                                "protocol.docx",
                                "PK\u0003\u0004 word".getBytes(StandardCharsets.UTF_8),
                                FileKind.PDF))
                        .key())
                .isEqualTo("social.file.type.pdf");
        assertThat(world.refused(c -> world.files.store(
                                c, ivanova, FileStore.ukzispOwner(SocialWorld.UKZ_AST), "big.pdf", big(), FileKind.PDF))
                        .key())
                .isEqualTo("social.file.tooLarge");
        long suppliersPdf = world.pdf(a);
        assertThat(world.refused(c -> world.productReview.prepare(
                                c, ivanova, productApplication, Decision.approval(suppliersPdf)))
                        .key())
                .isEqualTo("social.error.notFound");
    }

    @Test
    void whenProductThenApplicationAreApprovedAndSigned_thenSupplierIsInTheRegistryAndTheProductOffered() {
        long protocol = world.pdf(ivanova);
        long protocol2 = world.pdf(ivanova);
        world.tx(c -> {
            world.applicationReview.take(c, ivanova, application);
            world.productReview.take(c, ivanova, productApplication);
            world.productReview.decide(
                    c, ivanova, productApplication, Decision.approval(protocol), world.signature(ivanova));
            return null;
        });
        assertThat(productApplication().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(productApplication().decisionDocumentId()).isNotNull();
        assertThat(product().status().label("ru")).isEqualTo("Одобрена заявка на публикацию");
        List<Product> offeredBefore = world.tx(c -> world.ordering.catalogue(c));
        assertThat(offeredBefore).isEmpty();

        world.tx(c -> {
            world.applicationReview.decide(
                    c, ivanova, application, Decision.approval(protocol2), world.signature(ivanova));
            return null;
        });
        assertThat(app().status().label("ru")).isEqualTo("Одобрено");
        assertThat(app().protocolFileId()).isEqualTo(protocol2);
        boolean member = world.tx(c -> world.organisations.isMember(c, a.bin(), "TSR", world.clock.instant()));
        assertThat(member).isTrue();
        List<Product> offered = world.tx(c -> world.ordering.catalogue(c));
        assertThat(offered).extracting(Product::id).containsExactly(product);
        assertThat(world.signed)
                .extracting(p -> p.payload().get("decision"))
                .containsExactly(null, "APPROVED", "APPROVED");
        assertThat(world.journal).contains(ivanova.iin() + " social.review.approve application " + application);
    }

    @Test
    void whenRefusedWithoutReason_thenValidationError_withReasons_thenRefusedAndUndecidedProductsRejected() {
        long second = world.readyProduct(a, "4");
        world.onboard(world.supplierB);
        long b1 = world.readyProduct(world.supplierB, "2");
        long b2 = world.readyProduct(world.supplierB, "3");
        long other = world.submit(world.supplierB, b1, b2);
        long protocol = world.pdf(ivanova);
        long p2 = world.pdf(ivanova);
        List<ProductApplication> filed = world.tx(c -> world.applications.productsOf(c, other));
        world.tx(c -> {
            world.applicationReview.take(c, ivanova, other);
            world.productReview.take(c, ivanova, filed.get(0).id());
            world.productReview.decide(
                    c,
                    ivanova,
                    filed.get(0).id(),
                    Decision.refusal(List.of("Нет сертификата соответствия"), protocol),
                    world.signature(ivanova));
            return null;
        });
        assertThat(status(b1)).isEqualTo(ProductStatus.REJECTED);

        assertThat(world.refused(c ->
                                world.applicationReview.prepare(c, ivanova, other, Decision.refusal(List.of(" "), p2)))
                        .key())
                .isEqualTo("social.review.reasonRequired");

        world.tx(c -> {
            world.applicationReview.decide(
                    c,
                    ivanova,
                    other,
                    Decision.refusal(List.of("Неполный пакет учредительных документов"), p2),
                    world.signature(ivanova));
            return null;
        });
        RegistryApplication refused =
                world.tx(c -> world.applications.findRegistry(c, other)).orElseThrow();
        assertThat(refused.status().label("ru")).isEqualTo("Отказано");
        assertThat(refused.refusalReasons()).containsExactly("Неполный пакет учредительных документов");
        assertThat(status(b2)).isEqualTo(ProductStatus.REJECTED);
        assertThat(world.tx(c -> world.applications.findProduct(c, filed.get(1).id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApplicationStatus.REFUSED);
        boolean member =
                world.tx(c -> world.organisations.isMember(c, world.supplierB.bin(), "TSR", world.clock.instant()));
        assertThat(member).isFalse();
        assertThat(status(second)).isEqualTo(ProductStatus.READY);

        world.tx(c -> {
            world.wizard.finish(c, world.supplierB, b1);
            return null;
        });
        assertThat(status(b1)).isEqualTo(ProductStatus.READY);
    }

    private static byte[] big() {
        byte[] bytes = new byte[(int) FileStore.MAX_SIZE + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 5);
        return bytes;
    }

    private RegistryApplication app() {
        return world.tx(c -> world.applications.findRegistry(c, application)).orElseThrow();
    }

    private ProductApplication productApplication() {
        return world.tx(c -> world.applications.findProduct(c, productApplication))
                .orElseThrow();
    }

    private Product product() {
        return world.tx(c -> world.products.find(c, product)).orElseThrow();
    }

    private ProductStatus status(long id) {
        return world.tx(c -> world.products.find(c, id)).orElseThrow().status();
    }
}
