package kz.qoltanba.portal.social.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.order.OrderStatus;
import kz.qoltanba.portal.social.review.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * «Обновить» (P10) and «Снять с продажи» (P11): allowed only on a published product («Одобрена заявка на
 * публикацию», «Обновлен»), with R-TSR-16's stock rule and the registered pick-up addresses; withdrawal ends the
 * offer but not the open orders.
 */
class ProductLifecycleIT {
    private final SocialWorld world = new SocialWorld();
    private final Actor supplier = world.supplierA;

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenThePublishedProductIsUpdated_thenItIsUpdatedWithLessStockAndTheChosenAddresses_andStaysOffered() {
        long product = world.approvedProduct("12");

        update(product, "10", List.of(SocialWorld.AKTOBE, SocialWorld.WAREHOUSE));
        Product updated = product(product);
        assertThat(updated.status()).isEqualTo(ProductStatus.UPDATED);
        assertThat(updated.status().label("ru")).isEqualTo("Обновлен");
        assertThat(updated.stockQuantity()).isEqualTo(10);
        assertThat(updated.pickupAddresses()).containsExactly(SocialWorld.AKTOBE, SocialWorld.WAREHOUSE);
        assertThat(catalogue()).contains(product);

        update(product, "9", List.of(SocialWorld.AKTOBE));
        assertThat(product(product).status()).isEqualTo(ProductStatus.UPDATED);
        assertThat(product(product).stockQuantity()).isEqualTo(9);
        assertThat(world.journal).anyMatch(line -> line.endsWith("social.product.update product " + product));
    }

    @Test
    void whenTheUpdateBreaksItsRules_thenItIsRefusedWithItsSentence_andNothingChanges() {
        long product = world.approvedProduct("12");
        List<String> aktobe = List.of(SocialWorld.AKTOBE);

        Map<String, RuleViolation> refusals = Map.of(
                "13", refusedUpdate(product, "13", aktobe),
                "0", refusedUpdate(product, "0", aktobe),
                "abc", refusedUpdate(product, "abc", aktobe),
                "unknown address", refusedUpdate(product, "10", List.of("г. Алматы, ул. Чужая 1")),
                "no address", refusedUpdate(product, "10", List.of()));

        assertThat(refusals.get("13").key()).isEqualTo("social.product.stockOnlyDown");
        assertThat(refusals.get("13").getMessage()).isEqualTo("Количество можно только уменьшить (сейчас 12)");
        assertThat(refusals.get("0").getMessage()).isEqualTo("Количество не может быть меньше 1");
        assertThat(refusals.get("abc").key()).isEqualTo("social.product.number");
        assertThat(refusals.get("unknown address").key()).isEqualTo("social.product.pickupUnknown");
        assertThat(refusals.get("no address").key()).isEqualTo("social.product.pickupRequired");
        Product unchanged = product(product);
        assertThat(unchanged.status()).isEqualTo(ProductStatus.APPROVED);
        assertThat(unchanged.stockQuantity()).isEqualTo(12);
    }

    @Test
    void whenTheProductIsNotPublished_thenUpdateAndWithdrawAreRefused_inEveryOtherStatus() {
        Actor other = world.supplierB;
        Unpublished products = unpublished(other);
        long draft = products.draft();
        long ready = products.ready();
        long submitted = products.submitted();
        long rejected = products.rejected();
        long withdrawn = world.approvedProduct("5");
        world.tx(c -> {
            world.lifecycle.withdraw(c, supplier, withdrawn);
            return null;
        });

        Map<Long, ProductStatus> expected = Map.of(
                draft, ProductStatus.DRAFT,
                ready, ProductStatus.READY,
                submitted, ProductStatus.SUBMITTED,
                rejected, ProductStatus.REJECTED,
                withdrawn, ProductStatus.WITHDRAWN);
        expected.forEach((id, status) -> {
            Actor owner = id == withdrawn ? supplier : other;
            assertThat(product(id).status()).as("product " + id).isEqualTo(status);
            RuleViolation update = world.refused(c -> {
                world.lifecycle.update(c, owner, id, "1", List.of(SocialWorld.AKTOBE));
                return null;
            });
            RuleViolation withdraw = world.refused(c -> {
                world.lifecycle.withdraw(c, owner, id);
                return null;
            });
            assertThat(update.key()).as(status.name()).isEqualTo("social.product.notPublished");
            assertThat(update.getMessage()).isEqualTo("Обновить можно только опубликованный товар");
            assertThat(withdraw.key()).as(status.name()).isEqualTo("social.product.notPublished");
            assertThat(withdraw.getMessage()).isEqualTo("Снять с продажи можно только опубликованный товар");
            assertThat(product(id).status()).as("product " + id).isEqualTo(status);
        });
    }

    @Test
    void whenChangeIsPressed_thenDraftReadyAndRejectedAreEditedBackToReady_andEveryOtherStatusIsRefused() {
        Actor other = world.supplierB;
        Unpublished products = unpublished(other);
        long draft = products.draft();
        long ready = products.ready();
        long submitted = products.submitted();
        long rejected = products.rejected();
        GeneralForm changed = world.hearingAid(other, "4");

        for (long id : List.of(ready, rejected)) {
            world.tx(c -> {
                world.wizard.saveGeneral(c, other, id, changed);
                world.wizard.finish(c, other, id);
                return null;
            });
            assertThat(product(id).status()).as("product " + id).isEqualTo(ProductStatus.READY);
            assertThat(product(id).stockQuantity()).isEqualTo(4);
        }
        world.tx(c -> {
            world.wizard.saveGeneral(c, other, draft, changed);
            return null;
        });
        assertThat(product(draft).status()).isEqualTo(ProductStatus.DRAFT);
        assertEditRefused(other, submitted, ProductStatus.SUBMITTED);

        long published = world.approvedProduct("12");
        assertEditRefused(supplier, published, ProductStatus.APPROVED);
        update(published, "10", List.of(SocialWorld.AKTOBE));
        assertEditRefused(supplier, published, ProductStatus.UPDATED);
        world.tx(c -> {
            world.lifecycle.withdraw(c, supplier, published);
            return null;
        });
        assertEditRefused(supplier, published, ProductStatus.WITHDRAWN);
    }

    private void assertEditRefused(Actor owner, long id, ProductStatus status) {
        assertThat(product(id).status()).isEqualTo(status);
        RuleViolation refusal = world.refused(c -> {
            world.wizard.saveGeneral(c, owner, id, world.hearingAid(owner, "1"));
            return null;
        });
        assertThat(refusal.key()).as(status.name()).isEqualTo("social.product.notEditable");
        assertThat(refusal.getMessage()).isEqualTo("Товар в статусе «" + status.label("ru") + "» изменить нельзя");
        assertThat(product(id).status()).isEqualTo(status);
    }

    private void refuseProduct(long application, long product) {
        long protocol = world.pdf(world.ivanova);
        world.tx(c -> {
            world.applicationReview.take(c, world.ivanova, application);
            for (var pa : world.applications.productsOf(c, application)) {
                if (pa.productId() == product) {
                    world.productReview.take(c, world.ivanova, pa.id());
                    world.productReview.decide(
                            c,
                            world.ivanova,
                            pa.id(),
                            Decision.refusal(List.of("Нет сертификата"), protocol),
                            world.signature(world.ivanova));
                }
            }
            return null;
        });
    }

    @Test
    void whenAnotherSupplierUpdatesOrWithdraws_thenTheProductDoesNotExistForThem() {
        long product = world.approvedProduct("12");
        world.onboard(world.supplierB);

        RuleViolation update = world.refused(c -> {
            world.lifecycle.update(c, world.supplierB, product, "10", List.of(SocialWorld.AKTOBE));
            return null;
        });
        RuleViolation withdraw = world.refused(c -> {
            world.lifecycle.withdraw(c, world.supplierB, product);
            return null;
        });

        assertThat(update.key()).isEqualTo("social.error.notFound");
        assertThat(withdraw.key()).isEqualTo("social.error.notFound");
        assertThat(product(product).status()).isEqualTo(ProductStatus.APPROVED);
    }

    @Test
    void whenThePublishedProductIsWithdrawn_thenRecipientsNoLongerSeeIt_butItsOpenOrderContinues() {
        long product = world.approvedProduct("12");
        long order = world.pickupOrder(product);
        update(product, "11", List.of(SocialWorld.AKTOBE));

        world.tx(c -> {
            world.lifecycle.withdraw(c, supplier, product);
            return null;
        });

        assertThat(product(product).status().label("ru")).isEqualTo("Снят с продажи");
        assertThat(catalogue()).doesNotContain(product);
        assertThat(world.refused(c -> world.ordering.order(c, world.recipient, SocialWorld.pickup(product, "1")))
                        .key())
                .isEqualTo("social.error.notFound");
        world.tx(c -> {
            world.fulfilment.answer(c, supplier, order, true, null, world.signature(supplier));
            return null;
        });
        assertThat(world.tx(c -> world.orders.ofSupplier(c, supplier.bin()))
                        .get(0)
                        .status())
                .isEqualTo(OrderStatus.RESERVED);
        assertThat(world.refused(c -> {
                            world.lifecycle.delete(c, supplier, product);
                            return null;
                        })
                        .key())
                .isEqualTo("social.product.notDeletable");
        long copy = world.tx(c -> world.lifecycle.copy(c, supplier, product));
        assertThat(product(copy).status()).isEqualTo(ProductStatus.DRAFT);
    }

    private void update(long product, String stock, List<String> addresses) {
        world.tx(c -> {
            world.lifecycle.update(c, supplier, product, stock, addresses);
            return null;
        });
    }

    private RuleViolation refusedUpdate(long product, String stock, List<String> addresses) {
        return world.refused(c -> {
            world.lifecycle.update(c, supplier, product, stock, addresses);
            return null;
        });
    }

    private Product product(long id) {
        return world.tx(c -> world.products.find(c, id)).orElseThrow();
    }

    private List<Long> catalogue() {
        return world.tx(c -> world.ordering.catalogue(c)).stream()
                .map(Product::id)
                .toList();
    }

    /** One product of {@code owner} in each status before publication. */
    private record Unpublished(long draft, long ready, long submitted, long rejected) {}

    /** Onboards {@code owner} and takes one product to each of draft, ready, submitted and rejected. */
    private Unpublished unpublished(Actor owner) {
        world.onboard(owner);
        long draft = world.tx(c -> world.wizard.create(c, owner, world.hearingAid(owner, "5")));
        long ready = world.readyProduct(owner, "5");
        long submitted = world.readyProduct(owner, "5");
        long rejected = world.readyProduct(owner, "5");
        long application = world.submit(owner, submitted, rejected);
        refuseProduct(application, rejected);
        return new Unpublished(draft, ready, submitted, rejected);
    }
}
