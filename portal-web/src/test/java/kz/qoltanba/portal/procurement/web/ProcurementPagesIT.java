package kz.qoltanba.portal.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.procurement.ProcurementKeys;
import kz.qoltanba.portal.procurement.files.Multipart;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.web.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AS-16 and AS-17 over HTTP: the pages' requests with signatures made by signing-core instead of the bridge. */
class ProcurementPagesIT {
    private static final String EMAIL = "arman@example.kz";

    @TempDir
    Path dir;

    private final PortalDatabase db = TestDatabase.fresh();
    private final MutableClock clock = new MutableClock(Instant.now());
    private final ProcurementKeys keys = ProcurementKeys.get();
    private ProcurementPortal portal;

    @BeforeEach
    void start() {
        portal = new ProcurementPortal(db, dir, clock);
    }

    @AfterEach
    void stop() throws Exception {
        portal.close();
        db.close();
    }

    /** The certificate step with USR1's AUTH key; returns the JSON answer. */
    private JsonNode certificate(WebClient web, String csrf) throws Exception {
        return portal.sign(web, csrf, "/procurement/login/challenge", "/procurement/login/certificate", keys.usr1Auth);
    }

    private String csrf(WebClient web, String path) throws Exception {
        HttpResponse<String> page = web.get(portal.url(path));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return WebClient.csrfOf(page);
    }

    private HttpResponse<String> register(WebClient web, String csrf, String password, String confirmation)
            throws Exception {
        return web.postForm(
                portal.url("/procurement/register"),
                Map.of(
                        "email",
                        EMAIL,
                        "phone",
                        "+7 701 000 0000",
                        "resident",
                        "on",
                        "password",
                        password,
                        "confirmation",
                        confirmation),
                csrf);
    }

    /** AS-16 up to the successful registration. */
    private void registerUsr1() throws Exception {
        WebClient web = new WebClient();
        String csrf = csrf(web, "/procurement");
        assertThat(certificate(web, csrf).get("redirect").asText()).isEqualTo("/procurement/register");
        JsonNode signed = portal.sign(
                web,
                csrf,
                "/procurement/register/agreement/issue",
                "/procurement/register/agreement/complete",
                keys.usr1Sign);
        assertThat(signed.get("ok").asBoolean()).as(signed.toString()).isTrue();
        assertThat(register(web, csrf, "Abcdefg1", "Abcdefg1").statusCode()).isEqualTo(200);
    }

    private WebClient loginWithPassword(String password) throws Exception {
        WebClient web = new WebClient();
        String csrf = csrf(web, "/procurement");
        assertThat(certificate(web, csrf).get("redirect").asText()).isEqualTo("/procurement/login/password");
        HttpResponse<String> page = web.get(portal.url("/procurement/login/password"));
        HttpResponse<String> answer =
                web.postForm(portal.url("/procurement/login/password"), Map.of("password", password), csrfOf(page));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return web;
    }

    private static String csrfOf(HttpResponse<String> page) {
        return WebClient.csrfOf(page);
    }

    @Test
    void whenKeyInfoCarriesAForgedCertificateWithTheSignersSerial_thenRegistrationDataComeFromTheVerifiedOne()
            throws Exception {
        String forged = Base64.getEncoder()
                .encodeToString(ForgedCertificate.sameSerialAs(keys.usr1Auth.certificate(), "forged@evil.kz")
                        .getEncoded());
        WebClient web = new WebClient();
        String csrf = csrf(web, "/procurement");

        JsonNode answer = portal.sign(
                web,
                csrf,
                "/procurement/login/challenge",
                "/procurement/login/certificate",
                keys.usr1Auth,
                signed -> ForgedCertificate.prependToKeyInfo(signed, forged));

        assertThat(answer.path("redirect").asText()).as(answer.toString()).isEqualTo("/procurement/register");
        assertThat(web.get(portal.url("/procurement/register")).body())
                .contains("НУРЛАНОВ АРМАН")
                .doesNotContain("forged@evil.kz")
                .doesNotContain(ForgedCertificate.SURNAME);
        String[] stored = db.inTransaction(c -> {
            try (var s = c.prepareStatement("SELECT surname, given_name, email FROM procurement_login_step");
                    var r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return new String[] {r.getString(1), r.getString(2), r.getString(3)};
            }
        });
        assertThat(stored[0]).isEqualTo("НУРЛАНОВ");
        assertThat(stored[1]).isNotEqualTo(ForgedCertificate.GIVEN_NAME);
        assertThat(stored[2]).isNotEqualTo("forged@evil.kz");
    }

    @Test
    void as16_registrationWithSignedAgreement_passwordRules_andEmailActivation() throws Exception {
        WebClient web = new WebClient();
        String csrf = csrf(web, "/procurement");
        assertThat(certificate(web, csrf).get("redirect").asText()).isEqualTo("/procurement/register");

        HttpResponse<String> form = web.get(portal.url("/procurement/register"));
        assertThat(form.body())
                .contains(
                        "Регистрация пользователя",
                        "910606300666",
                        "НУРЛАНОВ АРМАН",
                        "1991-06-06",
                        "170840045678",
                        "ФармИмпорт",
                        "Пользовательское соглашение",
                        "Подтверждаю данные",
                        "Выбрать другой сертификат");

        HttpResponse<String> unsigned = register(web, csrf, "Abcdefg1", "Abcdefg1");
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(unsigned.body()).contains("Подпишите пользовательское соглашение");

        JsonNode withAuthKey = portal.sign(
                web,
                csrf,
                "/procurement/register/agreement/issue",
                "/procurement/register/agreement/complete",
                keys.usr1Auth);
        assertThat(withAuthKey.get("ok").asBoolean()).isFalse();
        assertThat(withAuthKey.get("code").asText()).isEqualTo("CERT_WRONG_KEY_TYPE");
        assertThat(register(web, csrf, "Abcdefg1", "Abcdefg1").statusCode()).isEqualTo(400);

        JsonNode withSignKey = portal.sign(
                web,
                csrf,
                "/procurement/register/agreement/issue",
                "/procurement/register/agreement/complete",
                keys.usr1Sign);
        assertThat(withSignKey.get("ok").asBoolean()).as(withSignKey.toString()).isTrue();
        assertThat(web.get(portal.url("/procurement/register")).body()).contains("Подписано");

        assertThat(register(web, csrf, "abcdefg1", "abcdefg1").body()).contains("прописные буквы");
        assertThat(register(web, csrf, "Abc1234", "Abc1234").body()).contains("не менее 8 символов");
        assertThat(register(web, csrf, "Abcdefgh1234567890123", "Abcdefgh1234567890123")
                        .body())
                .contains("не более 20 символов");
        assertThat(register(web, csrf, "Abcdefgh", "Abcdefgh").body()).contains("должен содержать цифры");
        assertThat(register(web, csrf, "Abcdefg1", "Abcdefg2").body()).contains("Подтверждение пароля не совпадает");
        assertThat(portal.mails(EMAIL)).isEmpty();

        HttpResponse<String> done = register(web, csrf, "Abcdefg1", "Abcdefg1");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Регистрация прошла успешно, для продолжения работы авторизуйтесь");
        assertThat(portal.mails(EMAIL).get(0).body()).contains("Вы зарегистрировались на веб-портале");

        WebClient early = loginWithPassword("Abcdefg1");
        HttpResponse<String> cabinet = early.get(portal.url("/procurement/cabinet"));
        assertThat(cabinet.body())
                .contains("Для продолжения работы Вам необходимо активировать электронную почту")
                .doesNotContain("Рабочий кабинет");
        assertThat(early.get(portal.url("/procurement/cabinet/files")).statusCode())
                .isEqualTo(403);

        String activation = portal.lastLink(EMAIL, "/procurement/activate");
        assertThat(new WebClient().get(portal.url(activation)).body()).contains("Адрес электронной почты подтверждён");
        assertThat(new WebClient().get(portal.url(activation)).body()).contains("уже была использована");

        WebClient active = loginWithPassword("Abcdefg1");
        assertThat(active.get(portal.url("/procurement/cabinet")).body())
                .contains("Рабочий кабинет", "Личные данные", "Профиль участника", "Внешние сервисы");

        HttpResponse<String> profile = active.get(portal.url("/procurement/cabinet/profile"));
        assertThat(profile.body())
                .contains("Регистрационные данные пользователя", "910606300666", "Адрес электронной почты подтверждён");
        HttpResponse<String> changed = active.postForm(
                portal.url("/procurement/cabinet/profile"),
                Map.of("email", "new@example.kz", "phone", ""),
                WebClient.csrfOf(profile));
        assertThat(changed.body())
                .contains(
                        "Данные успешно сохранены",
                        "Адрес электронной почты не подтверждён",
                        "Подтвердить адрес электронной почты");
        new WebClient().get(portal.url(portal.lastLink("new@example.kz", "/procurement/activate")));
        assertThat(active.get(portal.url("/procurement/cabinet/profile")).body())
                .contains("new@example.kz", "Адрес электронной почты подтверждён");
    }

    @Test
    void whenTheSignedAgreementIsPostedAgainAfterRegistration_thenTheRequestIsInvalid() throws Exception {
        WebClient web = new WebClient();
        String csrf = csrf(web, "/procurement");
        certificate(web, csrf);
        JsonNode signed = portal.sign(
                web,
                csrf,
                "/procurement/register/agreement/issue",
                "/procurement/register/agreement/complete",
                keys.usr1Sign);
        assertThat(signed.get("ok").asBoolean()).as(signed.toString()).isTrue();
        String agreement = portal.lastCompletion;
        assertThat(register(web, csrf, "Abcdefg1", "Abcdefg1").statusCode()).isEqualTo(200);

        HttpResponse<String> replay =
                web.postJson(portal.url("/procurement/register/agreement/complete"), agreement, csrf);

        JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(replay.body());
        assertThat(answer.get("ok").asBoolean()).isFalse();
        assertThat(answer.get("code").asText()).isEqualTo("SIGN_REQUEST_INVALID");
        assertThat(answer.get("message").asText()).contains("недействителен");
    }

    @Test
    void whenIinIsAlreadyRegistered_thenTheCertificateStepLeadsToThePassword() throws Exception {
        registerUsr1();
        WebClient web = new WebClient();
        String csrf = csrf(web, "/procurement");
        assertThat(certificate(web, csrf).get("redirect").asText()).isEqualTo("/procurement/login/password");
        HttpResponse<String> page = web.get(portal.url("/procurement/login/password"));
        assertThat(page.body())
                .contains(
                        "Подтверждение входа в систему",
                        "Здравствуйте",
                        "НУРЛАНОВ АРМАН",
                        "Для входа в систему введите пароль",
                        "Забыли пароль?",
                        "Выбрать другой сертификат");
        assertThat(web.get(portal.url("/procurement/register")).statusCode()).isEqualTo(302);

        HttpResponse<String> other = web.postForm(portal.url("/procurement/login/other-certificate"), Map.of(), csrf);
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(web.get(portal.url("/procurement/login/password")).headers().firstValue("Location"))
                .contains("/procurement");
    }

    @Test
    void as17_lockoutAfterFiveWrongPasswords_expiryWithTheClock_andRecoveryWithATemporaryPassword() throws Exception {
        registerUsr1();
        new WebClient().get(portal.url(portal.lastLink(EMAIL, "/procurement/activate")));

        WebClient web = new WebClient();
        String csrf = csrf(web, "/procurement");
        certificate(web, csrf);
        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> wrong =
                    web.postForm(portal.url("/procurement/login/password"), Map.of("password", "Wrong123"), csrf);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("Неправильный пароль");
        }
        HttpResponse<String> fifth =
                web.postForm(portal.url("/procurement/login/password"), Map.of("password", "Wrong123"), csrf);
        assertThat(fifth.statusCode()).isEqualTo(423);
        assertThat(fifth.body()).contains("заблокирован на 10 мин");
        clock.advance(Duration.ofMinutes(4));
        HttpResponse<String> right =
                web.postForm(portal.url("/procurement/login/password"), Map.of("password", "Abcdefg1"), csrf);
        assertThat(right.statusCode()).isEqualTo(423);
        assertThat(right.body()).contains("через 6 мин");

        clock.advance(Duration.ofMinutes(6));
        HttpResponse<String> after =
                web.postForm(portal.url("/procurement/login/password"), Map.of("password", "Abcdefg1"), csrf);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).contains("/procurement/cabinet");

        WebClient forgetful = new WebClient();
        String csrf2 = csrf(forgetful, "/procurement");
        certificate(forgetful, csrf2);
        HttpResponse<String> forgot = forgetful.postForm(portal.url("/procurement/login/forgot"), Map.of(), csrf2);
        assertThat(forgot.body())
                .contains("На указанный адрес электронной почты отправлено письмо с инструкциями для изменения пароля");
        HttpResponse<String> recovered =
                new WebClient().get(portal.url(portal.lastLink(EMAIL, "/procurement/recover")));
        assertThat(recovered.body())
                .contains("На указанный адрес электронной почты отправлено письмо с временным паролем и инструкциями");
        Matcher m = Pattern.compile("временный пароль: (\\S+)")
                .matcher(portal.mails(EMAIL).get(0).body());
        assertThat(m.find()).isTrue();
        String temporary = m.group(1);

        WebClient withTemporary = new WebClient();
        String csrf3 = csrf(withTemporary, "/procurement");
        certificate(withTemporary, csrf3);
        HttpResponse<String> login =
                withTemporary.postForm(portal.url("/procurement/login/password"), Map.of("password", temporary), csrf3);
        assertThat(login.headers().firstValue("Location")).contains("/procurement/cabinet/password");
        assertThat(withTemporary
                        .get(portal.url("/procurement/cabinet"))
                        .headers()
                        .firstValue("Location"))
                .contains("/procurement/cabinet/password");
        HttpResponse<String> changePage = withTemporary.get(portal.url("/procurement/cabinet/password"));
        String csrf4 = csrfOf(changePage);
        HttpResponse<String> weak = withTemporary.postForm(
                portal.url("/procurement/cabinet/password"),
                Map.of("current", temporary, "password", "short", "repeat", "short"),
                csrf4);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("не менее 8 символов");
        HttpResponse<String> changed = withTemporary.postForm(
                portal.url("/procurement/cabinet/password"),
                Map.of("current", temporary, "password", "Newpass12", "repeat", "Newpass12"),
                csrf4);
        assertThat(changed.body()).contains("Пароль изменён");
        assertThat(withTemporary.get(portal.url("/procurement/cabinet")).body()).contains("Рабочий кабинет");
        loginWithPassword("Newpass12");
    }

    @Test
    void whenActiveUserUploadsThroughTheModuleContract_thenTheFileListShowsAValidSignature() throws Exception {
        registerUsr1();
        new WebClient().get(portal.url(portal.lastLink(EMAIL, "/procurement/activate")));
        WebClient web = loginWithPassword("Abcdefg1");
        HttpResponse<String> filesPage = web.get(portal.url("/procurement/cabinet/files"));
        assertThat(filesPage.body()).contains("Вы ещё не загружали файлы", "data-qs-nursign-file");

        HttpResponse<String> tokenAnswer =
                web.postJson(portal.url("/procurement/cabinet/files/token"), "{}", WebClient.csrfOf(filesPage));
        JsonNode token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tokenAnswer.body());
        assertThat(token.get("url_upload").asText()).endsWith("/files/upload");
        assertThat(token.get("check_exists_url").asText()).endsWith("/files/check_by_hash/");

        byte[] file = ("договор " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] cms = kz.qoltanba.signing.cms.CmsSigner.create(
                        keys.usr1Sign,
                        kz.qoltanba.signing.cms.CmsOptions.defaults().withDetached(true))
                .sign(new java.io.ByteArrayInputStream(file));
        String hash = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        Multipart form = new Multipart()
                .text("token", token.get("token").asText())
                .text("hash", hash)
                .text("signature", java.util.Base64.getEncoder().encodeToString(cms))
                .file("file", "договор.pdf", file);
        HttpResponse<String> upload = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url("/files/upload")))
                                .header("Content-Type", form.contentType())
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);

        assertThat(web.get(portal.url("/procurement/cabinet/files")).body())
                .contains("договор.pdf", hash, "Подпись действительна", "НУРЛАНОВ АРМАН");
        assertThat(new WebClient()
                        .get(portal.url("/files/check_by_hash/" + hash))
                        .body())
                .contains("\"exists\":true");
    }

    @Test
    void whenTheOperatorFlagsTheAccountAsAdministrator_thenItsNextLoginOpensTheJournal() throws Exception {
        registerUsr1();
        new WebClient().get(portal.url(portal.lastLink(EMAIL, "/procurement/activate")));
        WebClient user = loginWithPassword("Abcdefg1");
        assertThat(user.get(portal.url("/admin/audit")).statusCode()).isEqualTo(403);

        db.inTransaction(c -> {
            try (var s = c.prepareStatement("UPDATE procurement_account SET is_administrator = TRUE WHERE iin = ?")) {
                s.setString(1, "910606300666");
                return s.executeUpdate();
            }
        });
        WebClient admin = loginWithPassword("Abcdefg1");
        HttpResponse<String> journal = admin.get(portal.url("/admin/audit"));
        assertThat(journal.statusCode()).isEqualTo(200);
        assertThat(journal.body()).contains("procurement.login.password_accepted");
    }
}
