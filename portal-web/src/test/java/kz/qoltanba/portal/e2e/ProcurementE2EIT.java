package kz.qoltanba.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.mail.MailMessage;
import kz.qoltanba.portal.procurement.ProcurementKeys;
import kz.qoltanba.portal.procurement.account.PasswordHasher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * AS-16 and AS-17 in headless Chromium with the real bridge in unattended mode: USR1's AUTH_RSA key logs in, the
 * GOST signing key signs the user agreement, mails are read from the portal's mailbox; the lockout is configured
 * to 15 seconds so its expiry is waited for in real time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcurementE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration LOCKOUT = Duration.ofSeconds(15);
    private static final String EMAIL = "arman@example.kz";
    private static final By SIGN_BUTTON = By.cssSelector("[data-qs-sign]");
    private static final By MESSAGE = By.cssSelector("[data-qs-message]");
    private static final By MAIN = By.cssSelector("main");

    @TempDir
    static Path root;

    private static BrowserStage stage;
    private static PortalDatabase db;
    private static BridgeProcess bridge;
    private static PortalUnderTest portal;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        ProcurementKeys keys = ProcurementKeys.get();
        stage = BrowserStage.start(
                root,
                Map.of("usr1_auth", keys.usr1Auth, "usr1_sign", keys.usr1Sign),
                options -> options.env("PORTAL_LOCKOUT", LOCKOUT.toString())
                        .services(b -> b.with(PasswordHasher.class, PasswordHasher.pbkdf2(10_000))));
        db = stage.db();
        bridge = stage.bridge();
        portal = stage.portal();
        browser = stage.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (stage != null) {
            try {
                stage.assertStoredByTheBridge();
            } finally {
                stage.close();
            }
        }
    }

    @Test
    @Order(1)
    void as16_registrationWithTheAgreementSignedInTheBridge_thenActivationByMail() throws Exception {
        freshSession();
        chooseAuthKey();
        browser.waitForUrl("/procurement/register", WAIT);
        String form = browser.waitForText(MAIN, "Регистрация пользователя", WAIT);
        assertThat(form).contains("Пользовательское соглашение", "СОГЛАШЕНИЕ об использовании веб-портала");
        assertThat(browser.find(By.name("iin")).getAttribute("value")).isEqualTo("910606300666");
        assertThat(browser.find(By.name("fullName")).getAttribute("value")).contains("НУРЛАНОВ АРМАН");
        assertThat(browser.find(By.name("birthDate")).getAttribute("value")).isEqualTo("1991-06-06");
        browser.screenshot("procurement-register");

        fillRegistration("Abcdefg1", "Abcdefg1");
        assertThat(browser.waitForText(By.cssSelector(".qs-errors"), "Подпишите пользовательское соглашение", WAIT))
                .isNotEmpty();
        assertThat(accounts()).isZero();

        bridge.nextKey("usr1_sign.p12");
        browser.find(SIGN_BUTTON).click();
        browser.waitForText(By.id("qs-agreement-signed"), "Подписано", WAIT);
        browser.screenshot("procurement-agreement-signed");
        assertThat(lastLogEntry().path("serialNumber").asText())
                .isEqualToIgnoringCase(lastStoredSerial("procurement.user_agreement"));

        for (String[] weak : List.of(
                new String[] {"abcdefg1", "abcdefg1", "прописные буквы"},
                new String[] {"Abc1234", "Abc1234", "не менее 8 символов"},
                new String[] {"Abcdefgh1234567890123", "Abcdefgh1234567890123", "не более 20 символов"},
                new String[] {"Abcdefgh", "Abcdefgh", "должен содержать цифры"},
                new String[] {"Abcdefg1", "Abcdefg2", "Подтверждение пароля не совпадает"})) {
            fillRegistration(weak[0], weak[1]);
            assertThat(browser.waitForText(By.cssSelector(".qs-errors"), weak[2], WAIT))
                    .contains(weak[2]);
        }
        assertThat(accounts()).isZero();

        fillRegistration("Abcdefg1", "Abcdefg1");
        browser.waitForText(
                By.id("qs-notice"), "Регистрация прошла успешно, для продолжения работы авторизуйтесь", WAIT);
        browser.screenshot("procurement-registered");

        logInWithPassword("Abcdefg1");
        browser.waitForText(By.id("qs-activation-notice"), "Для продолжения работы Вам необходимо активировать", WAIT);
        assertThat(browser.driver().findElements(By.id("qs-cabinet-menu"))).isEmpty();
        browser.screenshot("procurement-activation-notice");

        MailMessage activation = mails().get(0);
        assertThat(activation.body()).contains("Вы зарегистрировались на веб-портале");
        browser.open(link(activation, "/procurement/activate"));
        browser.waitForText(By.id("qs-notice"), "Адрес электронной почты подтверждён", WAIT);

        freshSession();
        logInWithPassword("Abcdefg1");
        browser.waitForText(By.id("qs-cabinet-menu"), "Рабочий кабинет", WAIT);
        browser.screenshot("procurement-cabinet");
    }

    @Test
    @Order(2)
    void as17_lockoutAfterFiveWrongPasswords_thenRecoveryWithATemporaryPassword() throws Exception {
        freshSession();
        chooseAuthKey();
        browser.waitForUrl("/procurement/login/password", WAIT);
        for (int attempt = 1; attempt <= 4; attempt++) {
            submitPassword("Wrong1234");
            browser.waitForText(By.id("qs-login-error"), "Неправильный пароль", WAIT);
        }
        submitPassword("Wrong1234");
        browser.waitForText(By.id("qs-login-error"), "заблокирован", WAIT);
        long lockedAt = System.nanoTime();
        browser.screenshot("procurement-locked");
        submitPassword("Abcdefg1");
        assertThat(browser.waitForText(By.id("qs-login-error"), "Повторите попытку через", WAIT))
                .contains("мин");

        Thread.sleep(Math.max(0, LOCKOUT.toMillis() + 1_000 - (System.nanoTime() - lockedAt) / 1_000_000));
        submitPassword("Abcdefg1");
        browser.waitForText(By.id("qs-cabinet-menu"), "Рабочий кабинет", WAIT);

        freshSession();
        chooseAuthKey();
        browser.waitForUrl("/procurement/login/password", WAIT);
        browser.find(By.id("qs-forgot")).click();
        browser.waitForText(
                By.id("qs-notice"),
                "На указанный адрес электронной почты отправлено письмо с инструкциями для изменения пароля",
                WAIT);
        browser.open(link(mails().get(0), "/procurement/recover"));
        browser.waitForText(
                By.id("qs-notice"),
                "На указанный адрес электронной почты отправлено письмо с временным паролем и инструкциями",
                WAIT);
        Matcher m = Pattern.compile("временный пароль: (\\S+)")
                .matcher(mails().get(0).body());
        assertThat(m.find()).isTrue();

        freshSession();
        logInWithPassword(m.group(1));
        browser.waitForUrl("/procurement/cabinet/password", WAIT);
        browser.waitForText(MAIN, "Изменение пароля пользователя", WAIT);
        changePassword(m.group(1), "short", "short");
        browser.waitForText(By.cssSelector(".qs-errors"), "не менее 8 символов", WAIT);
        changePassword(m.group(1), "Newpass12", "Newpass12");
        browser.waitForText(By.id("qs-notice"), "Пароль изменён", WAIT);
        browser.screenshot("procurement-password-changed");

        freshSession();
        logInWithPassword("Newpass12");
        browser.waitForText(By.id("qs-cabinet-menu"), "Рабочий кабинет", WAIT);
    }

    private static void freshSession() {
        browser.open(portal.url("/procurement"));
        browser.driver().manage().deleteAllCookies();
    }

    private static void chooseAuthKey() throws Exception {
        bridge.nextKey("usr1_auth.p12");
        browser.open(portal.url("/procurement"));
        browser.waitForText(MAIN, "Выберите ключ", WAIT);
        browser.find(SIGN_BUTTON).click();
    }

    private static void logInWithPassword(String password) throws Exception {
        chooseAuthKey();
        browser.waitForUrl("/procurement/login/password", WAIT);
        browser.waitForText(MAIN, "Для входа в систему введите пароль", WAIT);
        submitPassword(password);
    }

    private static void submitPassword(String password) {
        browser.find(By.name("password")).clear();
        browser.find(By.name("password")).sendKeys(password);
        browser.find(By.id("qs-login")).click();
    }

    private static void fillRegistration(String password, String confirmation) {
        browser.find(By.name("email")).clear();
        browser.find(By.name("email")).sendKeys(EMAIL);
        browser.find(By.name("password")).sendKeys(password);
        browser.find(By.name("confirmation")).sendKeys(confirmation);
        browser.find(By.id("qs-confirm")).click();
    }

    private static void changePassword(String current, String next, String repeat) {
        browser.find(By.name("current")).sendKeys(current);
        browser.find(By.name("password")).sendKeys(next);
        browser.find(By.name("repeat")).sendKeys(repeat);
        browser.find(By.id("qs-change-password")).click();
    }

    private static List<MailMessage> mails() {
        return db.inTransaction(c -> portal.services().mailer().mailbox(c, EMAIL));
    }

    private static String link(MailMessage mail, String path) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
                .matcher(mail.body());
        assertThat(m.find()).as(mail.body()).isTrue();
        return portal.url(m.group(1));
    }

    private static JsonNode lastLogEntry() throws Exception {
        JsonNode log = bridge.log();
        assertThat(log.isArray() && log.size() > 0).as(log.toString()).isTrue();
        return log.get(log.size() - 1);
    }

    private static String lastStoredSerial(String action) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT signer_serial FROM signed_document WHERE action = ? ORDER BY id DESC LIMIT 1")) {
                s.setString(1, action);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : "";
                }
            }
        });
    }

    private static long accounts() {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM procurement_account");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
