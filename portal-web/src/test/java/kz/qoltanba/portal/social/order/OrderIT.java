package kz.qoltanba.portal.social.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.PipelineSignatures;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.product.Product;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderIT {
    private static final String SESSION = "session-" + UUID.randomUUID();
    private final SocialWorld world = new SocialWorld();
    private final Actor supplier = world.supplierA;
    private long product;

    @BeforeEach
    void offered() {
        product = world.approvedProduct("10");
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenSelfPickupGoesThroughEveryStep_thenTheRecipientSeesEveryStatus() {
        long order = world.tx(c -> world.ordering.order(c, world.recipient, pickup("1")));
        assertThat(statuses(order)).containsExactly("CREATED", "AWAITING_ANSWER");
        Order placed = orderOf(world.recipient).get(0);
        assertThat(placed.status().label("ru")).isEqualTo("Ожидается ответ о наличии товара");
        assertThat(placed.orderSum()).isEqualByComparingTo("59000");
        assertThat(placed.coPayment()).isEqualByComparingTo("0");

        world.tx(c -> {
            world.fulfilment.answer(c, supplier, order, true, null, world.signature(supplier));
            return null;
        });
        assertThat(orderOf(world.recipient).get(0).status().label("ru"))
                .isEqualTo("Товар есть в наличии, зарезервирован");
        assertThat(product().availableQuantity()).isEqualTo(9);
        assertThat(world.signed.get(world.signed.size() - 1).payload()).containsEntry("answer", "YES");

        world.clock.advance(Duration.ofMinutes(5));
        world.tx(c -> {
            world.fulfilment.notifyAvailable(c, supplier, order);
            return null;
        });
        assertThat(orderOf(world.recipient).get(0).status().label("ru")).isEqualTo("Доступен для самовывоза на складе");

        world.clock.advance(Duration.ofMinutes(30));
        long scan = world.upload(supplier, "chek.pdf", SocialWorld.PDF.getBytes(), FileKind.SCAN);
        HandoverForm form = handover("2", scan);
        world.tx(c -> {
            world.fulfilment.handOver(c, supplier, order, form, world.signature(supplier));
            return null;
        });

        Order done = orderOf(world.recipient).get(0);
        assertThat(done.status().label("ru")).isEqualTo("Успешно выдан со склада");
        assertThat(done.handoverDocumentNumber()).isEqualTo("2");
        assertThat(done.handoverFileId()).isEqualTo(scan);
        assertThat(done.handoverDocumentId()).isNotNull();
        assertThat(statuses(order))
                .containsExactly(
                        "CREATED", "AWAITING_ANSWER", "RESERVED", "AVAILABLE_FOR_PICKUP", "HANDED_OVER_AT_WAREHOUSE");
        assertThat(product().stockQuantity()).isEqualTo(9);
        assertThat(product().reservedQuantity()).isZero();
    }

    @Test
    void whenStockOnRecordIsBelowTheOrderedQuantity_thenYesIsRefused_andNoCancelsTheOrder() {
        long order = world.tx(c -> world.ordering.order(c, world.recipient, pickup("3")));
        world.tx(c -> {
            world.lifecycle.update(c, supplier, product, "2", List.of(SocialWorld.AKTOBE));
            return null;
        });

        var refusal = world.refused(c -> world.fulfilment.prepareAnswer(c, supplier, order, true, null));
        assertThat(refusal.key()).isEqualTo("social.order.notEnoughStock");
        assertThat(refusal.getMessage()).contains("имеется в количестве: 2 шт.");

        world.tx(c -> {
            world.fulfilment.answer(c, supplier, order, false, null, world.signature(supplier));
            return null;
        });
        assertThat(orderOf(world.recipient).get(0).status().label("ru"))
                .isEqualTo("Отменен поставщиком (товар отсутствует на складе)");
        assertThat(product().reservedQuantity()).isZero();
    }

    @Test
    void whenHandoverDataIsIncomplete_thenRefused_andTheStatusStays() {
        long order = world.tx(c -> world.ordering.order(c, world.recipient, pickup("1")));
        world.tx(c -> {
            world.fulfilment.answer(c, supplier, order, true, null, world.signature(supplier));
            world.fulfilment.notifyAvailable(c, supplier, order);
            return null;
        });
        world.clock.advance(Duration.ofMinutes(10));

        assertThat(world.refused(c -> world.fulfilment.prepareHandover(c, supplier, order, handover("2", null)))
                        .key())
                .isEqualTo("social.handover.scan");
        long scan = world.upload(supplier, "chek.pdf", SocialWorld.PDF.getBytes(), FileKind.SCAN);
        String tomorrowDate = LocalDateTime.ofInstant(world.clock.instant(), Fulfilment.ZONE)
                .plusDays(1)
                .toLocalDate()
                .toString();
        HandoverForm tomorrow = new HandoverForm("2", tomorrowDate, scan, today(), "00:00");
        assertThat(world.refused(c -> world.fulfilment.prepareHandover(c, supplier, order, tomorrow))
                        .key())
                .isEqualTo("social.handover.documentFuture");
        assertThat(world.refused(c -> world.fulfilment.prepareHandover(
                                c, supplier, order, new HandoverForm("2", today(), scan, today(), "25:00")))
                        .key())
                .isEqualTo("social.handover.time");
        assertThat(orderOf(world.recipient).get(0).status()).isEqualTo(OrderStatus.AVAILABLE_FOR_PICKUP);
    }

    @Test
    void whenAnotherSupplierOrRecipientActs_thenTheOrderDoesNotExistForThem() {
        world.onboard(world.supplierB);
        long order = world.tx(c -> world.ordering.order(c, world.recipient, pickup("1")));

        assertThat(world.refused(c -> world.fulfilment.prepareAnswer(c, world.supplierB, order, true, null))
                        .key())
                .isEqualTo("social.error.notFound");
        assertThat(world.refused(c -> {
                            world.ordering.cancel(c, world.otherRecipient, order);
                            return null;
                        })
                        .key())
                .isEqualTo("social.error.notFound");
        List<Order> theirs = world.tx(c -> world.orders.ofSupplier(c, world.supplierB.bin()));
        assertThat(theirs).isEmpty();
        assertThat(orderOf(world.otherRecipient)).isEmpty();

        world.tx(c -> {
            world.ordering.cancel(c, world.recipient, order);
            return null;
        });
        assertThat(orderOf(world.recipient).get(0).status().label("ru")).isEqualTo("Отменен получателем");
    }

    @Test
    void whenTheHandOverIsSignedForReal_thenTheStoredEnvelopeBindsTheScan() throws Exception {
        long order = world.tx(c -> world.ordering.order(c, world.recipient, pickup("1")));
        world.tx(c -> {
            world.fulfilment.answer(c, supplier, order, true, null, world.signature(supplier));
            return null;
        });
        world.clock.advance(Duration.ofMinutes(5));
        world.tx(c -> {
            world.fulfilment.notifyAvailable(c, supplier, order);
            return null;
        });
        world.clock.advance(Duration.ofMinutes(30));
        long scan = world.upload(supplier, "chek.pdf", SocialWorld.PDF.getBytes(), FileKind.SCAN);
        HandoverForm form = handover("7", scan);
        TestPki pki = TestPki.get();
        SigningPipeline pipeline = SigningPipeline.create(pki.settings("http://localhost"), world.clock);
        PipelineSignatures signatures = new PipelineSignatures(pipeline);
        KeyEntry key = DevCertificates.issue(
                pki.pki(),
                KeyAlgorithm.RSA,
                DevHolder.employee("ЖАКСЫБЕКОВ", "ЕРЛАН", "СЕРИКОВИЧ", supplier.iin(), "ТОО ПОСТАВЩИК", supplier.bin()),
                KeyPurpose.SIGN,
                Clock.systemUTC(),
                new SecureRandom());
        IssuedRequest request = world.tx(c ->
                signatures.issue(c, SESSION, supplier, world.fulfilment.prepareHandover(c, supplier, order, form)));
        String cms = TestSignatures.sign(request, key);
        world.tx(c -> {
            world.fulfilment.handOver(c, supplier, order, form, signatures.completion(c, request.id(), SESSION, cms));
            return null;
        });

        Order done = orderOf(world.recipient).get(0);
        JsonNode envelope = new ObjectMapper()
                .readTree(world.tx(c -> pipeline.documents().find(c, done.handoverDocumentId()))
                        .orElseThrow()
                        .content());
        StoredFile stored = world.tx(c -> world.files.find(c, scan)).orElseThrow();
        assertThat(envelope.path("docType").asText()).isEqualTo("ORDER_HANDOVER");
        assertThat(envelope.path("docId").asText()).isEqualTo(Long.toString(done.number()));
        assertThat(envelope.path("attachments")).hasSize(1);
        assertThat(envelope.path("attachments").get(0).path("role").asText()).isEqualTo("SCAN");
        assertThat(envelope.path("attachments").get(0).path("sha256").asText()).isEqualTo(stored.sha256());
    }

    @Test
    void whenTheOrderBreaksAProductRule_thenItIsRefused() {
        assertThat(world.refused(c -> world.ordering.order(c, world.recipient, pickup("11")))
                        .key())
                .isEqualTo("social.order.quantityAvailable");
        assertThat(world.refused(c -> world.ordering.order(
                                c,
                                world.recipient,
                                new OrderForm(
                                        product,
                                        "1",
                                        "PICKUP",
                                        SocialWorld.WAREHOUSE,
                                        "Сатпаева Айгерим",
                                        "+7 701 123 4567",
                                        "a@b.kz")))
                        .key())
                .isEqualTo("social.order.pickupAddress");
        assertThat(world.refused(c -> world.ordering.order(
                                c,
                                world.recipient,
                                new OrderForm(
                                        product,
                                        "1",
                                        "IN_PATIENT",
                                        "city-hospital-1",
                                        "Сатпаева Айгерим",
                                        "+7 701 123 4567",
                                        "a@b.kz")))
                        .key())
                .isEqualTo("social.order.noInPatient");
    }

    private OrderForm pickup(String quantity) {
        return SocialWorld.pickup(product, quantity);
    }

    private HandoverForm handover(String number, Long scan) {
        LocalDateTime now = LocalDateTime.ofInstant(world.clock.instant(), Fulfilment.ZONE);
        return new HandoverForm(
                number,
                now.toLocalDate().toString(),
                scan,
                now.toLocalDate().toString(),
                String.format("%02d:%02d", now.getHour(), now.getMinute()));
    }

    private String today() {
        return LocalDateTime.ofInstant(world.clock.instant(), Fulfilment.ZONE)
                .toLocalDate()
                .toString();
    }

    private List<Order> orderOf(Actor recipient) {
        return world.tx(c -> world.orders.ofRecipient(c, recipient.accountId()));
    }

    private List<String> statuses(long order) {
        return world.statuses("SELECT status FROM social_order_history WHERE order_id = ? ORDER BY id", order);
    }

    private Product product() {
        return world.tx(c -> world.products.find(c, product)).orElseThrow();
    }
}
