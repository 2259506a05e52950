package kz.qoltanba.portal.social.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.Prepared;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.product.ProductStatus;
import kz.qoltanba.portal.social.supplier.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmissionIT {
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
    void whenNoProductIsSelected_thenTheApplicationCannotBePrepared() {
        assertThat(world.refused(c -> world.submissions.prepare(c, a, List.of()))
                        .key())
                .isEqualTo("social.application.noProducts");
    }

    @Test
    void whenSigned_thenApplicationIsNewAndRoutedToTheRegion_productSubmitted_productApplicationNew() {
        long product = world.readyProduct(a, "12");
        Prepared prepared = world.tx(c -> world.submissions.prepare(c, a, List.of(product)));

        long id = world.submit(a, product);

        RegistryApplication app =
                world.tx(c -> world.applications.findRegistry(c, id)).orElseThrow();
        assertThat(app.status()).isEqualTo(ApplicationStatus.NEW);
        assertThat(app.status().label("ru")).isEqualTo("+Новое");
        assertThat(app.kind()).isEqualTo(Kind.INCLUSION);
        assertThat(app.ukzispBin()).isEqualTo(SocialWorld.UKZ_AST);
        assertThat(app.submitDocumentId()).isPositive();
        List<ProductApplication> filed = world.tx(c -> world.applications.productsOf(c, id));
        assertThat(filed).singleElement().satisfies(pa -> {
            assertThat(pa.productId()).isEqualTo(product);
            assertThat(pa.status()).isEqualTo(ApplicationStatus.NEW);
        });
        assertThat(world.tx(c -> world.products.find(c, product)).orElseThrow().status())
                .isEqualTo(ProductStatus.SUBMITTED);
        assertThat(world.signed).singleElement().satisfies(s -> {
            assertThat(s)
                    .as("the completion rebuilds the action without the envelope's document name")
                    .usingRecursiveComparison()
                    .ignoringFields("docType", "docId")
                    .isEqualTo(prepared);
            assertThat(s.action()).isEqualTo(Submissions.INCLUSION_ACTION);
        });
    }

    @Test
    void whenPayloadIsBuilt_thenItCarriesTheOrganisationAndEveryTabWithFileHashes() {
        long product = world.readyProduct(a, "12");
        Prepared prepared = world.tx(c -> world.submissions.prepare(c, a, List.of(product)));

        assertThat(prepared.objectType()).isEqualTo("organisation");
        assertThat(prepared.objectId()).isEqualTo(a.bin());
        @SuppressWarnings("unchecked")
        Map<String, Object> first =
                ((List<Map<String, Object>>) prepared.payload().get("products")).get(0);
        assertThat(first).containsKeys("characteristics", "quality", "registration", "images");
        assertThat(first.get("nameKk")).isEqualTo("Звук-1 есту аппараты");
        assertThat(world.snapshots.toJson(first)).containsPattern("\"sha256\":\"[0-9a-f]{64}\"");
    }

    @Test
    void whenTheCatalogueChangesAfterPreparing_thenTheVersionTheSignatureIsBoundToMovesOn() {
        long product = world.readyProduct(a, "12");
        Prepared prepared = world.tx(c -> world.submissions.prepare(c, a, List.of(product)));

        world.tx(c -> world.lifecycle.copy(c, a, product));

        Organisation org = world.tx(c -> world.organisations.find(c, a.bin())).orElseThrow();
        assertThat(org.version()).isGreaterThan(prepared.objectVersion());
    }

    @Test
    void whenAnInclusionIsOpen_thenASecondOneIsRefused() {
        long first = world.readyProduct(a, "12");
        long second = world.readyProduct(a, "5");
        world.submit(a, first);

        assertThat(world.refused(c -> world.submissions.prepare(c, a, List.of(second)))
                        .key())
                .isEqualTo("social.application.openExists");
    }

    @Test
    void whenAProductIsNotReady_thenTheSubmissionIsRefusedAndNothingChanges() {
        long ready = world.readyProduct(a, "12");
        long draft = world.tx(c -> world.lifecycle.copy(c, a, ready));

        assertThat(world.refused(c -> world.submissions.submit(c, a, List.of(ready, draft), world.signature(a)))
                        .key())
                .isEqualTo("social.application.productNotReady");
        assertThat(world.tx(c -> world.products.find(c, ready)).orElseThrow().status())
                .isEqualTo(ProductStatus.READY);
        assertThat(world.signed).isEmpty();
    }

    @Test
    void whenTheSignatureIsRefused_thenNothingIsStored() {
        long product = world.readyProduct(a, "12");

        try {
            world.tx(c -> world.submissions.submit(c, a, List.of(product), expected -> {
                throw new IllegalStateException("signature refused");
            }));
        } catch (IllegalStateException expected) {
            // the pipeline's refusal
        }
        List<RegistryApplication> apps = world.tx(c -> world.applications.registriesOf(c, a.bin()));
        assertThat(apps).isEmpty();
        assertThat(world.tx(c -> world.products.find(c, product)).orElseThrow().status())
                .isEqualTo(ProductStatus.READY);
    }

    @Test
    void whenAnotherSuppliersProductIsSelected_thenItDoesNotExist() {
        world.onboard(world.supplierB);
        long foreign = world.readyProduct(world.supplierB, "3");

        assertThat(world.refused(c -> world.submissions.prepare(c, a, List.of(foreign)))
                        .key())
                .isEqualTo("social.error.notFound");
    }
}
