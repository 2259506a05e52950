package kz.qoltanba.portal.social.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.SocialWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductWizardIT {
    private final SocialWorld world = new SocialWorld();
    private final Actor a = world.supplierA;

    @BeforeEach
    void onboard() {
        world.onboard(a);
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenProductGoesThroughEveryTab_thenItIsReadyForPublicationWithRuAndKkTexts() {
        long id = world.readyProduct(a, "12");

        Product p = product(id);
        assertThat(p.status()).isEqualTo(ProductStatus.READY);
        assertThat(p.status().label("ru")).isEqualTo("Готов к публикации");
        assertThat(p.nameKk()).isEqualTo("Звук-1 есту аппараты");
        assertThat(p.characteristics().get(Tab.TECHNICAL)).containsEntry("gain", "25.7");
        assertThat(p.quality()).hasSize(1);
        assertThat(p.registration().requiresRegistration()).isFalse();
    }

    @Test
    void whenTsrTypeIsNotALeaf_thenItCannotBeChosen() {
        GeneralForm form = world.hearingAid(a, "12");
        GeneralForm parent = new GeneralForm(
                "hearing",
                form.nameRu(),
                form.nameKk(),
                form.descriptionRu(),
                form.descriptionKk(),
                form.price(),
                form.stockQuantity(),
                form.pickupAddresses(),
                "",
                "",
                "",
                form.imageFileIds());

        assertThat(world.refused(c -> world.wizard.create(c, a, parent)).key()).isEqualTo("social.product.typeNotLeaf");
    }

    @Test
    void whenDecimalIsTypedWithComma_thenTheTabIsRefusedWithThePointHint() {
        long id = world.tx(c -> world.wizard.create(c, a, world.hearingAid(a, "12")));

        var refusal = world.refused(c -> {
            world.wizard.saveCharacteristics(c, a, id, Tab.TECHNICAL, Map.of("gain", "25,7"));
            return null;
        });
        assertThat(refusal.key()).isEqualTo("social.product.decimalPoint");
        assertThat(refusal.getMessage()).contains("используйте точку, например 25.7");
    }

    @Test
    void whenKazakhTextIsMissing_thenTheFirstTabIsRefused() {
        GeneralForm form = world.hearingAid(a, "12");
        GeneralForm noKk = new GeneralForm(
                form.tsrTypeId(),
                form.nameRu(),
                " ",
                form.descriptionRu(),
                form.descriptionKk(),
                form.price(),
                form.stockQuantity(),
                form.pickupAddresses(),
                "",
                "",
                "",
                form.imageFileIds());

        assertThat(world.refused(c -> world.wizard.create(c, a, noKk)).getMessage())
                .contains("Наименование (каз.)");
    }

    @Test
    void whenPickupAddressIsNotRegisteredRealEstate_thenRefused() {
        GeneralForm form = world.hearingAid(a, "12");
        GeneralForm elsewhere = new GeneralForm(
                form.tsrTypeId(),
                form.nameRu(),
                form.nameKk(),
                form.descriptionRu(),
                form.descriptionKk(),
                form.price(),
                form.stockQuantity(),
                List.of("г. Алматы, ул. Неизвестная 1"),
                "",
                "",
                "",
                form.imageFileIds());

        assertThat(world.refused(c -> world.wizard.create(c, a, elsewhere)).key())
                .isEqualTo("social.product.pickupUnknown");
    }

    @Test
    void whenQualityTabHasNoCertificate_thenSaveIsRefused_andFinishToo() {
        long id = world.tx(c -> world.wizard.create(c, a, world.hearingAid(a, "12")));

        assertThat(world.refused(c -> {
                            world.wizard.saveQuality(c, a, id, List.of());
                            return null;
                        })
                        .key())
                .isEqualTo("social.product.qualityRequired");
        assertThat(world.refused(c -> {
                            world.wizard.finish(c, a, id);
                            return null;
                        })
                        .key())
                .isEqualTo("social.field.required");
        assertThat(product(id).status()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void whenAnImageIsUploadedAsCertificate_thenThePdfRuleRefusesIt() {
        long id = world.tx(c -> world.wizard.create(c, a, world.hearingAid(a, "12")));
        long image = world.upload(a, "scan.png", SocialWorld.PNG, FileKind.IMAGE);

        assertThat(world.refused(c -> {
                            world.wizard.saveQuality(
                                    c,
                                    a,
                                    id,
                                    List.of(new QualityDocument(
                                            QualityDocument.CERTIFICATE, "1", "2026-01-01", "2027-01-01", "X", image)));
                            return null;
                        })
                        .key())
                .isEqualTo("social.file.type.pdf");
    }

    @Test
    void whenServiceTabIsFilledForATypeWithoutService_thenRefused_andWheelchairNeedsIt() {
        long aid = world.tx(c -> world.wizard.create(c, a, world.hearingAid(a, "1")));
        assertThat(world.refused(c -> {
                            world.wizard.saveService(c, a, aid, new AccompanyingService("city-hospital-1", "setup"));
                            return null;
                        })
                        .key())
                .isEqualTo("social.product.noService");

        long chair = world.readyWheelchair(a);
        assertThat(product(chair).service().place()).isEqualTo("city-hospital-1");
    }

    @Test
    void whenProductIsCopied_thenCopyIsADraftAndTheSourceIsUnchanged_andTheDraftCanBeDeleted() {
        long id = world.readyProduct(a, "12");
        long before = product(id).version();

        long copy = world.tx(c -> world.lifecycle.copy(c, a, id));
        assertThat(product(copy).status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product(copy).copiedFromId()).isEqualTo(id);
        assertThat(product(copy).characteristics()).isEqualTo(product(id).characteristics());
        assertThat(product(id).status()).isEqualTo(ProductStatus.READY);
        assertThat(product(id).version()).isEqualTo(before);

        world.tx(c -> {
            world.lifecycle.delete(c, a, copy);
            return null;
        });
        assertThat(world.tx(c -> world.products.find(c, copy)).isPresent()).isFalse();
    }

    @Test
    void whenAnotherSupplierTouchesTheProduct_thenItDoesNotExistForThem() {
        world.onboard(world.supplierB);
        long id = world.readyProduct(a, "12");

        assertThat(world.refused(c -> world.lifecycle.copy(c, world.supplierB, id))
                        .key())
                .isEqualTo("social.error.notFound");
        assertThat(world.refused(c -> {
                            world.wizard.finish(c, world.supplierB, id);
                            return null;
                        })
                        .key())
                .isEqualTo("social.error.notFound");
        List<Product> theirs = world.tx(c -> world.products.ofSupplier(c, world.supplierB.bin()));
        assertThat(theirs).isEmpty();
    }

    @Test
    void whenImageOfAnotherSupplierIsReferenced_thenRefusedAsNotFound() {
        world.onboard(world.supplierB);
        long foreign = world.upload(world.supplierB, "b.png", SocialWorld.PNG, FileKind.IMAGE);
        GeneralForm form = world.hearingAid(a, "3");
        GeneralForm stolen = new GeneralForm(
                form.tsrTypeId(),
                form.nameRu(),
                form.nameKk(),
                form.descriptionRu(),
                form.descriptionKk(),
                form.price(),
                form.stockQuantity(),
                form.pickupAddresses(),
                "",
                "",
                "",
                List.of(foreign));

        assertThat(world.refused(c -> world.wizard.create(c, a, stolen)).key()).isEqualTo("social.error.notFound");
    }

    private Product product(long id) {
        return world.tx(c -> world.products.find(c, id)).orElseThrow();
    }
}
