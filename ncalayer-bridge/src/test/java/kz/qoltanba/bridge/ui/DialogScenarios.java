package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Window;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JTable;
import javax.swing.JTextArea;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.Origin;
import kz.qoltanba.bridge.signing.Confirmation;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.KeyCandidate;
import kz.qoltanba.bridge.signing.PasswordPrompt;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each dialog of {@link SwingDialogs}, in Kazakh, Russian and English, on a real X display (run by
 * {@link DesktopUnderXvfbIT}): what it shows, that its buttons answer, that cancel is cancel.
 */
class DialogScenarios {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ORIGIN = "https://portal.example.kz";
    private static final Map<Language, String> CONFIRM_TITLES = Map.of(
            Language.KK, "Қол қоюды растау", Language.RU, "Подтверждение подписи", Language.EN, "Confirm signing");
    private static final Map<Language, String> STORAGE_TITLES =
            Map.of(Language.KK, "Сақтау орнын таңдау", Language.RU, "Выбор хранилища", Language.EN, "Choose storage");
    private static final Map<Language, String> CONSENT_ALWAYS =
            Map.of(Language.KK, "Әрқашан рұқсат беру", Language.RU, "Разрешать всегда", Language.EN, "Always allow");

    private static KeyCandidate head;
    private static KeyCandidate individual;
    private static KeyCandidate expired;

    @TempDir
    Path folder;

    @BeforeAll
    static void generateCertificates() throws Exception {
        DevPki pki =
                DevPki.generate(URI.create("http://127.0.0.1:1/"), CLOCK, new SecureRandom(), Set.of(KeyAlgorithm.RSA));
        head = candidate(pki, Persona.LEGAL_HEAD);
        individual = candidate(pki, Persona.INDIVIDUAL_SIGN);
        expired = candidate(pki, Persona.EXPIRED);
    }

    private static KeyCandidate candidate(DevPki pki, Persona persona) throws Exception {
        var certificate = pki.persona(persona, KeyAlgorithm.RSA).certificate();
        return new KeyCandidate(persona.name(), certificate, CertificateInfo.of(certificate));
    }

    @AfterEach
    void disposeWindows() throws Exception {
        SwingTree.disposeAll();
    }

    private static SwingDialogs dialogs(Language language) {
        return new SwingDialogs(new LanguageSetting(language), CLOCK);
    }

    private static InteractionContext context(Language language) {
        return new InteractionContext(ORIGIN, "socket-1", language.code(), KeyFilter.any());
    }

    /** Asks on a worker thread, as the signing service does. */
    private static <T> CompletableFuture<T> ask(Question<T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        answer.complete(question.ask());
                    } catch (Throwable e) {
                        answer.completeExceptionally(e);
                    }
                },
                "signing-worker");
        thread.setDaemon(true);
        thread.start();
        return answer;
    }

    private interface Question<T> {
        T ask() throws Exception;
    }

    private static <T> T answer(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    /** The dialog is up, on top of other windows and has the keyboard focus. */
    private static JDialog awaitDialog(String name) throws Exception {
        Window window = SwingTree.awaitWindow(name);
        assertThat(window).isInstanceOf(JDialog.class);
        assertThat(window.isAlwaysOnTop()).as("always on top").isTrue();
        SwingTree.await(name + " focused", window::isFocused);
        return (JDialog) window;
    }

    private static void assertCancelled(CompletableFuture<?> future) {
        assertThatThrownBy(() -> answer(future))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UserCancelledException.class);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenStorageChosen_thenThatStorageIsTheAnswer(Language language) throws Exception {
        var answer = ask(() -> dialogs(language)
                .chooseStorage(
                        context(language), List.of(StorageType.PKCS12, StorageType.KAZTOKEN, StorageType.KZ_ID_CARD)));
        JDialog dialog = awaitDialog(StorageDialog.NAME);
        assertThat(dialog.getTitle()).isEqualTo(STORAGE_TITLES.get(language));
        SwingTree.screenshot(dialog, "storage-" + language.code());
        SwingTree.click(dialog, "storage.KAZTOKEN");
        SwingTree.click(dialog, "ok");
        assertThat(answer(answer)).isEqualTo(StorageType.KAZTOKEN);
        SwingTree.awaitClosed(dialog);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenStorageDialogClosed_thenCancelled(Language language) throws Exception {
        var answer = ask(() -> dialogs(language).chooseStorage(context(language), List.of(StorageType.PKCS12)));
        JDialog dialog = awaitDialog(StorageDialog.NAME);
        SwingTree.close(dialog);
        assertCancelled(answer);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenRecentKeyChosen_thenItIsTheAnswerAndRecentKeysComeFirst(Language language) throws Exception {
        Path first = Files.writeString(folder.resolve("recent-first.p12"), "x");
        Path second = Files.writeString(folder.resolve("recent-second.p12"), "x");
        var answer = ask(
                () -> dialogs(language).chooseKeyFile(context(language), StorageType.PKCS12, List.of(first, second)));
        JDialog dialog = awaitDialog(KeyFileDialog.NAME);
        @SuppressWarnings("unchecked")
        JList<Path> recent = SwingTree.find(dialog, "recentKeys", JList.class);
        assertThat(SwingTree.onEdt(() -> List.of(
                        recent.getModel().getElementAt(0), recent.getModel().getElementAt(1))))
                .containsExactly(first, second);
        SwingTree.screenshot(dialog, "keyfile-" + language.code());
        SwingTree.onEdt(() -> {
            recent.setSelectedIndex(1);
            return null;
        });
        SwingTree.click(dialog, "ok");
        assertThat(answer(answer)).isEqualTo(second);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenFileBrowsedInsteadOfRecent_thenTheBrowsedFileIsTheAnswer(Language language) throws Exception {
        Path recentKey = Files.writeString(folder.resolve("recent.p12"), "x");
        Path other = Files.writeString(folder.resolve("other.p12"), "x");
        var answer =
                ask(() -> dialogs(language).chooseKeyFile(context(language), StorageType.PKCS12, List.of(recentKey)));
        JDialog dialog = awaitDialog(KeyFileDialog.NAME);
        JFileChooser chooser = SwingTree.find(dialog, "fileChooser", JFileChooser.class);
        SwingTree.onEdt(() -> {
            chooser.setSelectedFile(new File(other.toString()));
            return null;
        });
        SwingTree.click(dialog, "ok");
        assertThat(answer(answer)).isEqualTo(other);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenPasswordTyped_thenTheAnswerIsThePasswordAndTheFieldIsCleared(Language language) throws Exception {
        var prompt = new PasswordPrompt(StorageType.PKCS12, "head.p12", 1, 3);
        var answer = ask(() -> dialogs(language).askPassword(context(language), prompt));
        JDialog dialog = awaitDialog(PasswordDialog.NAME);
        assertThat(SwingTree.text(dialog, "prompt")).contains("head.p12");
        assertThat(SwingTree.onEdt(() -> SwingTree.find(dialog, "wrongPassword", javax.swing.JLabel.class)
                        .isVisible()))
                .isFalse();
        JPasswordField field = SwingTree.find(dialog, "password", JPasswordField.class);
        SwingTree.await("password field focused", field::isFocusOwner);
        // Real key strokes through the X server: they reach the field only if the dialog has the focus.
        SwingTree.type(
                java.awt.event.KeyEvent.VK_S,
                java.awt.event.KeyEvent.VK_3,
                java.awt.event.KeyEvent.VK_C,
                java.awt.event.KeyEvent.VK_R,
                java.awt.event.KeyEvent.VK_E,
                java.awt.event.KeyEvent.VK_T);
        SwingTree.await("typed password", () -> field.getPassword().length == 6);
        SwingTree.screenshot(dialog, "password-" + language.code());
        SwingTree.type(java.awt.event.KeyEvent.VK_ENTER);
        assertThat(new String(answer(answer))).isEqualTo("s3cret");
        assertThat(SwingTree.onEdt(() -> field.getPassword().length)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenPasswordWasWrong_thenTheRetryExplainsItAndCancelCancels(Language language) throws Exception {
        var prompt = new PasswordPrompt(StorageType.PKCS12, "head.p12", 2, 3);
        var answer = ask(() -> dialogs(language).askPassword(context(language), prompt));
        JDialog dialog = awaitDialog(PasswordDialog.NAME);
        String wrong = SwingTree.text(dialog, "wrongPassword");
        assertThat(wrong)
                .isEqualTo(Texts.of(language).format("password.wrong", 2, 3))
                .contains("2")
                .contains("3");
        SwingTree.screenshot(dialog, "password-retry-" + language.code());
        SwingTree.click(dialog, "cancel");
        assertCancelled(answer);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenCertificateChosen_thenThatCandidateIsTheAnswer(Language language) throws Exception {
        var answer = ask(() -> dialogs(language).chooseCertificate(context(language), List.of(individual, head)));
        JDialog dialog = awaitDialog(CertificateDialog.NAME);
        JTable table = SwingTree.find(dialog, "certificates", JTable.class);
        assertThat(SwingTree.onEdt(table::getRowCount)).isEqualTo(2);
        assertThat(SwingTree.onEdt(() -> table.getValueAt(1, 1)))
                .isEqualTo(head.info().iin());
        assertThat(SwingTree.onEdt(() -> table.getValueAt(1, 2)))
                .isEqualTo(head.info().bin());
        assertThat(SwingTree.onEdt(() -> table.getValueAt(0, 2))).isEqualTo("—");
        assertThat(SwingTree.onEdt(() -> table.getColumnName(1)))
                .isEqualTo(Map.of(Language.KK, "ЖСН", Language.RU, "ИИН", Language.EN, "IIN")
                        .get(language));
        SwingTree.screenshot(dialog, "certificates-" + language.code());
        SwingTree.onEdt(() -> {
            table.setRowSelectionInterval(1, 1);
            return null;
        });
        SwingTree.click(dialog, "ok");
        assertThat(answer(answer)).isSameAs(head);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenConfirmationShown_thenOriginWhatAndWhoAreShownAndSignConfirms(Language language) throws Exception {
        byte[] xml =
                "<doc><amount>1000</amount><to>ТОО Пример</to></doc>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var confirmation = new Confirmation(
                ORIGIN,
                SignatureFormat.XML,
                2,
                2L * xml.length + 3000,
                new String(xml, java.nio.charset.StandardCharsets.UTF_8),
                true,
                head,
                logoPng(200, 100));
        var answer = ask(() -> {
            dialogs(language).confirm(context(language), confirmation);
            return "confirmed";
        });
        JDialog dialog = awaitDialog(ConfirmationDialog.NAME);
        assertThat(dialog.getTitle()).isEqualTo(CONFIRM_TITLES.get(language));
        assertThat(SwingTree.text(dialog, "origin")).isEqualTo(ORIGIN);
        CertificateInfo info = head.info();
        assertThat(info.iin()).isNotNull();
        assertThat(info.bin()).isNotNull();
        assertThat(SwingTree.text(dialog, "signer.iin")).isEqualTo(info.iin());
        assertThat(SwingTree.text(dialog, "signer.bin")).isEqualTo(info.bin());
        assertThat(SwingTree.text(dialog, "signer.organization")).isEqualTo(info.organization());
        assertThat(SwingTree.text(dialog, "signer.name")).contains(info.commonName());
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneOffset.UTC);
        assertThat(SwingTree.text(dialog, "signer.validity"))
                .isEqualTo(dates.format(info.notBefore()) + " – " + dates.format(info.notAfter()));
        assertThat(SwingTree.text(dialog, "documentCount")).isEqualTo("2");
        assertThat(SwingTree.text(dialog, "format")).contains("XML");
        assertThat(SwingTree.text(dialog, "size").replaceAll("\\D", ""))
                .isEqualTo(String.valueOf(2L * xml.length + 3000));
        JTextArea preview = SwingTree.find(dialog, "xmlPreview", JTextArea.class);
        assertThat(SwingTree.onEdt(() -> preview.getText())).contains("<amount>1000</amount>");
        assertThat(SwingTree.onEdt(preview::isEditable)).isFalse();
        float originSize = SwingTree.onEdt(() -> SwingTree.find(dialog, "origin", javax.swing.JLabel.class)
                .getFont()
                .getSize2D());
        float nameSize = SwingTree.onEdt(() -> SwingTree.find(dialog, "signer.name", javax.swing.JLabel.class)
                .getFont()
                .getSize2D());
        assertThat(originSize).as("the origin is the most prominent text").isGreaterThan(nameSize);
        javax.swing.JLabel logo = SwingTree.find(dialog, "logo", javax.swing.JLabel.class);
        assertThat(SwingTree.onEdt(() -> logo.getIcon().getIconWidth()))
                .as("the page's 200×100 logo, shown as a small icon")
                .isEqualTo(48);
        assertThat(SwingTree.onEdt(() -> logo.getIcon().getIconHeight())).isEqualTo(24);
        SwingTree.screenshot(dialog, "confirmation-" + language.code());
        SwingTree.click(dialog, "ok");
        assertThat(answer(answer)).isEqualTo("confirmed");
        SwingTree.awaitClosed(dialog);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenConfirmationCancelled_thenCancelled(Language language) throws Exception {
        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        var confirmation = new Confirmation(ORIGIN, SignatureFormat.CMS, 1, 1024, null, false, expired, brokenPng);
        var answer = ask(() -> {
            dialogs(language).confirm(context(language), confirmation);
            return "confirmed";
        });
        JDialog dialog = awaitDialog(ConfirmationDialog.NAME);
        assertThat(SwingTree.text(dialog, "signer.validity"))
                .endsWith(Texts.of(language).get("signer.notValidNow"));
        assertThat(SwingTree.text(dialog, "signer.bin")).isEqualTo("—");
        assertThat(SwingTree.onEdt(() -> SwingTree.all(dialog).stream().map(java.awt.Component::getName)))
                .as("a logo that cannot be decoded is left out")
                .doesNotContain("logo");
        SwingTree.screenshot(dialog, "confirmation-expired-cms-" + language.code());
        SwingTree.click(dialog, "cancel");
        assertCancelled(answer);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenEscapePressedOnTheConfirmation_thenCancelled(Language language) throws Exception {
        var confirmation = new Confirmation(ORIGIN, SignatureFormat.CMS, 1, 10, null, false, head);
        var answer = ask(() -> {
            dialogs(language).confirm(context(language), confirmation);
            return "confirmed";
        });
        JDialog dialog = awaitDialog(ConfirmationDialog.NAME);
        SwingTree.type(java.awt.event.KeyEvent.VK_ESCAPE);
        assertCancelled(answer);
        SwingTree.awaitClosed(dialog);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenConsentAsked_thenTheOriginIsShownAndEachButtonAnswers(Language language) throws Exception {
        Origin origin = Origin.parse("https://shop.example.com:8443").orElseThrow();
        var prompt = dialogs(language).consentPrompt();
        var expected =
                Map.of("allowOnce", Consent.ALLOW_ONCE, "allowAlways", Consent.ALLOW_ALWAYS, "deny", Consent.DENY);
        for (var button : expected.entrySet()) {
            CompletableFuture<Consent> answer = prompt.ask(origin).toCompletableFuture();
            JDialog dialog = awaitDialog(ConsentDialog.NAME);
            assertThat(SwingTree.text(dialog, "origin")).isEqualTo("https://shop.example.com:8443");
            assertThat(SwingTree.find(dialog, "allowAlways", javax.swing.JButton.class)
                            .getText())
                    .isEqualTo(CONSENT_ALWAYS.get(language));
            if (button.getKey().equals("allowOnce")) {
                SwingTree.screenshot(dialog, "consent-" + language.code());
            }
            SwingTree.click(dialog, button.getKey());
            assertThat(answer(answer)).isEqualTo(button.getValue());
            SwingTree.awaitClosed(dialog);
        }
        CompletableFuture<Consent> closed = prompt.ask(origin).toCompletableFuture();
        SwingTree.close(awaitDialog(ConsentDialog.NAME));
        assertThat(answer(closed)).isEqualTo(Consent.DENY);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenAnOriginCarriesHtml_thenTheDialogShowsItAsPlainText(Language language) throws Exception {
        String hostile = "<html><b>gov.kz</b>";
        var confirmation = new Confirmation(hostile, SignatureFormat.CMS, 1, 10, null, false, head);
        var answer = ask(() -> {
            dialogs(language).confirm(context(language), confirmation);
            return "confirmed";
        });
        JDialog dialog = awaitDialog(ConfirmationDialog.NAME);
        javax.swing.JLabel origin = SwingTree.find(dialog, "origin", javax.swing.JLabel.class);
        assertThat(SwingTree.onEdt(() -> origin.getClientProperty("html")))
                .as("no HTML view")
                .isNull();
        SwingTree.click(dialog, "cancel");
        assertCancelled(answer);
    }

    /** A PNG of the given size: a blue field with a white bar, as a page's logo. */
    private static byte[] logoPng(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0x1F5FAF));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(width / 4, height / 3, width / 2, height / 3);
        graphics.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
