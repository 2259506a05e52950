package kz.qoltanba.portal.social.product;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.NotFound;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SocialWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees a product's photos: the owner always; reviewers of the УКЗиСП that received its product application;
 * recipients while it is published; nobody else, and no file the product does not list. Bad uploads are refused
 * with a sentence naming the file and the problem.
 */
class ProductImagesIT {
    private final SocialWorld world = new SocialWorld();
    private final ProductImages images = new ProductImages(world.products, world.files, world.clock);
    private final Actor owner = world.supplierA;
    private long product;
    private long image;

    @BeforeEach
    void ready() {
        world.onboard(owner);
        product = world.readyProduct(owner, "5");
        image = world.tx(c -> world.products.find(c, product))
                .orElseThrow()
                .imageFileIds()
                .get(0);
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenTheProductIsOnlyReady_thenOnlyItsSupplierSeesThePhoto() {
        ProductImages.Image seen = world.tx(c -> images.read(c, owner, product, image));

        assertThat(seen.content()).isEqualTo(SocialWorld.PNG);
        assertThat(seen.file().contentType()).isEqualTo("image/png");
        assertHidden(world.supplierB);
        assertHidden(world.ivanova);
        assertHidden(world.recipient);
    }

    @Test
    void whenTheProductIsSubmitted_thenReviewersOfItsDepartmentSeeThePhoto_butNotOtherDepartmentsOrRecipients() {
        world.submit(owner, product);

        assertThat(world.tx(c -> images.read(c, world.ivanova, product, image)).content())
                .isEqualTo(SocialWorld.PNG);
        assertThat(world.tx(c -> images.read(c, world.petrov, product, image)).content())
                .isEqualTo(SocialWorld.PNG);
        assertHidden(world.kim);
        assertHidden(world.recipient);
        assertHidden(world.supplierB);
    }

    @Test
    void whenThePublishedProductIsWithdrawn_thenRecipientsNoLongerSeeThePhoto_butItsSupplierDoes() {
        long published = world.approvedProduct("5");
        long photo = world.tx(c -> world.products.find(c, published))
                .orElseThrow()
                .imageFileIds()
                .get(0);
        assertThat(world.tx(c -> images.read(c, world.recipient, published, photo))
                        .content())
                .isEqualTo(SocialWorld.PNG);

        world.tx(c -> {
            world.lifecycle.withdraw(c, owner, published);
            return null;
        });

        assertThat(refusal(world.recipient, published, photo)).isInstanceOf(NotFound.class);
        assertThat(world.tx(c -> images.read(c, owner, published, photo)).content())
                .isEqualTo(SocialWorld.PNG);
    }

    @Test
    void whenThePublishedProductIsNoLongerOffered_thenRecipientsNoLongerSeeThePhoto_butItsSupplierDoes() {
        long published = world.approvedProduct("2");
        long photo = world.tx(c -> world.products.find(c, published))
                .orElseThrow()
                .imageFileIds()
                .get(0);
        assertThat(world.tx(c -> images.read(c, world.recipient, published, photo))
                        .content())
                .isEqualTo(SocialWorld.PNG);

        sql("UPDATE social_product SET reserved_quantity = stock_quantity WHERE id = ?", published);
        assertThat(refusal(world.recipient, published, photo))
                .as("no stock left")
                .isInstanceOf(NotFound.class);

        sql("UPDATE social_product SET reserved_quantity = 0 WHERE id = ?", published);
        assertThat(world.tx(c -> images.read(c, world.recipient, published, photo))
                        .content())
                .isEqualTo(SocialWorld.PNG);

        world.tx(c -> {
            try (var s =
                    c.prepareStatement("UPDATE social_membership SET until = ? WHERE bin = ? AND registry = 'TSR'")) {
                s.setTimestamp(1, java.sql.Timestamp.from(world.clock.instant()));
                s.setString(2, owner.bin());
                return s.executeUpdate();
            }
        });
        assertThat(refusal(world.recipient, published, photo))
                .as("supplier out of the registry")
                .isInstanceOf(NotFound.class);
        assertThat(world.tx(c -> images.read(c, owner, published, photo)).content())
                .isEqualTo(SocialWorld.PNG);
    }

    private void sql(String update, long id) {
        world.tx(c -> {
            try (var s = c.prepareStatement(update)) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    @Test
    void whenTheFileIsNotOneOfTheProductsPhotos_thenNotFound_evenForItsOwner() {
        long other = world.upload(owner, "other.png", SocialWorld.PNG, FileKind.IMAGE);
        long pdf = world.pdf(owner);

        assertThat(refusal(owner, product, other)).isInstanceOf(NotFound.class);
        assertThat(refusal(owner, product, pdf)).isInstanceOf(NotFound.class);
        assertThat(refusal(owner, product + 1000, image)).isInstanceOf(NotFound.class);
    }

    @Test
    void whenAnUploadIsNotAJpegOrPng_orEmpty_orTooLarge_thenRefusedNamingTheFileAndTheProblem() {
        String label = FileStore.organisationOwner(owner.bin());
        RuleViolation text = world.refused(
                c -> world.files.store(c, owner, label, "photo.png", "not an image".getBytes(), FileKind.IMAGE));
        RuleViolation pdf = world.refused(
                c -> world.files.store(c, owner, label, "photo.jpg", SocialWorld.PDF.getBytes(), FileKind.IMAGE));
        RuleViolation empty =
                world.refused(c -> world.files.store(c, owner, label, "empty.png", new byte[0], FileKind.IMAGE));
        byte[] huge = new byte[(int) FileStore.MAX_SIZE + 1];
        System.arraycopy(SocialWorld.PNG, 0, huge, 0, SocialWorld.PNG.length);
        RuleViolation large = world.refused(c -> world.files.store(c, owner, label, "huge.png", huge, FileKind.IMAGE));

        assertThat(text.getMessage())
                .isEqualTo("Файл «photo.png» имеет недопустимый формат: нужен JPEG или PNG"
                        + " (проверяется содержимое файла, а не его имя)");
        assertThat(text.key()).isEqualTo("social.file.type.image");
        assertThat(pdf.key()).isEqualTo("social.file.type.image");
        assertThat(empty.getMessage()).isEqualTo("Файл «empty.png» пуст");
        assertThat(large.getMessage()).isEqualTo("Файл «huge.png» больше 20 МБ");
    }

    private void assertHidden(Actor viewer) {
        assertThat(refusal(viewer, product, image)).isInstanceOf(NotFound.class);
    }

    private RuleViolation refusal(Actor viewer, long productId, long fileId) {
        return world.refused(c -> images.read(c, viewer, productId, fileId));
    }
}
