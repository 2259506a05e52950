package kz.qoltanba.portal.social;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qoltanba.portal.social.review.ProtocolUpload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every stored upload is journaled in the transaction that stores it; a refused upload leaves no entry. */
class UploadJournalIT {
    private final SocialWorld world = new SocialWorld();

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenASupplierUploadsAFile_thenTheJournalNamesTheUploaderAndTheFile() {
        long id = world.upload(world.supplierA, "aid.png", SocialWorld.PNG, FileKind.IMAGE);

        assertThat(world.journal).contains(world.supplierA.iin() + " social.file.upload file " + id);
    }

    @Test
    void whenAnUploadIsRefused_thenNothingIsJournaled() {
        int before = world.journal.size();

        world.refused(c -> world.files.store(
                c,
                world.supplierA,
                FileStore.organisationOwner(world.supplierA.bin()),
                "x.png",
                new byte[0],
                FileKind.IMAGE));

        assertThat(world.journal).hasSize(before);
    }

    @Test
    void whenAReviewerAttachesAProtocol_thenTheFileAndTheProtocolAreJournaled() {
        ProtocolUpload protocols = new ProtocolUpload(world.files, world.journalSink);

        StoredFile stored = world.tx(c -> protocols.store(
                c, world.ivanova, "protocol.pdf", SocialWorld.PDF.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(world.journal)
                .contains(world.ivanova.iin() + " social.file.upload file " + stored.id())
                .contains(world.ivanova.iin() + " social.review.protocol file " + stored.id());
    }
}
