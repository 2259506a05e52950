package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JTable;
import kz.qoltanba.bridge.signing.KeyCandidates;
import kz.qoltanba.bridge.signing.SigningService;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's real signing service asking through the real dialogs: storage, key file, a wrong then a right
 * password, certificate, confirmation — and the CMS it then makes verifies with the chosen certificate.
 */
class SigningFlowScenarios {
    private static final String ORIGIN = "https://egov.kz";
    private static final char[] PASSWORD = "Qwerty12".toCharArray();

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @TempDir
    Path home;

    @AfterEach
    void stop() throws Exception {
        executor.shutdownNow();
        SwingTree.disposeAll();
    }

    @Test
    void whenTheUserAnswersEveryDialog_thenTheSignatureIsMadeWithTheChosenKeyAndTheFileBecomesRecent()
            throws Exception {
        Clock clock = Clock.systemUTC();
        DevPki pki =
                DevPki.generate(URI.create("http://127.0.0.1:1/"), clock, new SecureRandom(), Set.of(KeyAlgorithm.RSA));
        pki.exportTo(home.resolve("pki"), PASSWORD.clone());
        Path keyFile;
        try (Stream<Path> files = Files.walk(home.resolve("pki"))) {
            keyFile = files.filter(p -> p.getFileName().toString().equals("legal_head.p12"))
                    .findFirst()
                    .orElseThrow();
        }
        X509Certificate root = pki.root(KeyAlgorithm.RSA).certificate();
        SigningService service = new SigningService(
                new SwingDialogs(new LanguageSetting(Language.RU), clock),
                KeyCandidates.load(home.resolve("trust"), List.of(), clock),
                home,
                5,
                TimestampClient.create(TsaConfig.of(URI.create("http://127.0.0.1:1/"))),
                clock,
                executor);
        KeyFilter filter = new KeyFilter(List.of(), KeyPurpose.SIGNATURE, List.of(), null, null, null, List.of(root));
        byte[] document = "Документ для подписи".getBytes(StandardCharsets.UTF_8);
        CompletableFuture<SignResult> result = service.sign(new SignRequest(
                        ORIGIN, "socket-7", SignatureFormat.CMS, List.of(document), filter, true, false, "ru"))
                .toCompletableFuture();

        JDialog storage = (JDialog) SwingTree.awaitWindow(StorageDialog.NAME);
        SwingTree.click(storage, "storage.PKCS12");
        SwingTree.click(storage, "ok");

        JDialog files = (JDialog) SwingTree.awaitWindow(KeyFileDialog.NAME);
        JFileChooser chooser = SwingTree.find(files, "fileChooser", JFileChooser.class);
        SwingTree.onEdt(() -> {
            chooser.setSelectedFile(new File(keyFile.toString()));
            return null;
        });
        SwingTree.click(files, "ok");

        answerPassword("wrong-one", false);
        answerPassword(new String(PASSWORD), true);

        JDialog certificates = (JDialog) SwingTree.awaitWindow(CertificateDialog.NAME);
        JTable table = SwingTree.find(certificates, "certificates", JTable.class);
        assertThat(SwingTree.onEdt(table::getRowCount)).isEqualTo(1);
        SwingTree.click(certificates, "ok");

        JDialog confirmation = (JDialog) SwingTree.awaitWindow(ConfirmationDialog.NAME);
        assertThat(SwingTree.text(confirmation, "origin")).isEqualTo(ORIGIN);
        assertThat(SwingTree.text(confirmation, "signer.iin")).isEqualTo("850715300459");
        SwingTree.screenshot(confirmation, "flow-confirmation-ru");
        SwingTree.click(confirmation, "ok");

        SignResult signed = result.get(30, TimeUnit.SECONDS);
        assertThat(signed.signatures()).hasSize(1);
        assertThat(signed.certificate())
                .isEqualTo(pki.persona(Persona.LEGAL_HEAD, KeyAlgorithm.RSA).certificate());
        CMSSignedData cms = new CMSSignedData(signed.signatures().get(0));
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signed.certificate())))
                .isTrue();
        assertThat((byte[]) cms.getSignedContent().getContent()).isEqualTo(document);

        // The next request offers the key file first among the recent keys; cancelling there cancels.
        CompletableFuture<SignResult> second = service.sign(new SignRequest(
                        ORIGIN, "socket-7", SignatureFormat.CMS, List.of(document), filter, true, false, "ru"))
                .toCompletableFuture();
        JDialog storageAgain = (JDialog) SwingTree.awaitWindow(StorageDialog.NAME);
        SwingTree.click(storageAgain, "ok");
        JDialog filesAgain = (JDialog) SwingTree.awaitWindow(KeyFileDialog.NAME);
        @SuppressWarnings("unchecked")
        JList<Path> recent = SwingTree.find(filesAgain, "recentKeys", JList.class);
        assertThat(SwingTree.onEdt(() -> recent.getModel().getElementAt(0)).toAbsolutePath())
                .isEqualTo(keyFile.toAbsolutePath());
        SwingTree.click(filesAgain, "cancel");
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UserCancelledException.class);
    }

    private static void answerPassword(String password, boolean afterWrong) throws Exception {
        JDialog dialog = (JDialog) SwingTree.awaitWindow(PasswordDialog.NAME);
        JLabel wrong = SwingTree.find(dialog, "wrongPassword", JLabel.class);
        assertThat(SwingTree.onEdt(wrong::isVisible)).isEqualTo(afterWrong);
        if (afterWrong) {
            assertThat(SwingTree.onEdt(wrong::getText))
                    .isEqualTo("Неверный пароль. Попробуйте ещё раз (попытка 2 из 3).");
        }
        JPasswordField field = SwingTree.find(dialog, "password", JPasswordField.class);
        SwingTree.onEdt(() -> {
            field.setText(password);
            return null;
        });
        SwingTree.click(dialog, "ok");
        SwingTree.awaitClosed(dialog);
    }
}
