package kz.qoltanba.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.config.RoutesConfig;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform over HTTP: headers, CSRF, sessions in PostgreSQL shared by two instances, languages, errors. */
class PlatformIT {
    @TempDir
    static Path dataDirectory;

    static PortalDatabase db;
    static TestPortal first;
    static TestPortal second;

    /** A service a feature provides to others. */
    record Greeting(String text) {}

    /** Routes that only tests have: log in, show who is logged in, a guarded page, a failing page. */
    static final class TestRoutes implements Feature {
        @Override
        public void provide(PortalServices.Builder services) {
            services.with(
                    Greeting.class,
                    new Greeting("сәлем from " + services.config().origin()));
        }

        @Override
        public void register(RoutesConfig routes, PortalServices services) {
            routes.get(
                    "/test/greeting",
                    ctx -> ctx.result(services.require(Greeting.class).text()));
            routes.post("/test/login-admin", ctx -> {
                Session.of(ctx).login(new Principal("procurement", 1, Set.of("admin"), "АДМИН", "910606300669", null));
                services.db().inTransaction(c -> {
                    services.audit()
                            .record(
                                    c,
                                    Session.of(ctx).principal().orElseThrow(),
                                    "admin.login",
                                    "account",
                                    "1",
                                    "вход <b>администратора</b>");
                    return null;
                });
                ctx.redirect("/admin/audit");
            });
            routes.post("/test/login", ctx -> {
                Session.of(ctx)
                        .login(new Principal(
                                "social", 7, Set.of("supplier"), "ЖАКСЫБЕКОВ ЕРЛАН", "850715300459", "210540001207"));
                ctx.redirect("/test/whoami");
            });
            routes.get(
                    "/test/whoami",
                    ctx -> ctx.result(Session.of(ctx)
                            .principal()
                            .map(Principal::displayName)
                            .orElse("anonymous")));
            routes.get("/test/supplier-only", ctx -> {
                Authz.require(ctx, "social", "supplier");
                ctx.result("secret");
            });
            routes.get("/test/reviewer-only", ctx -> {
                Authz.require(ctx, "go", "reviewer");
                ctx.result("secret");
            });
            routes.get("/test/broken", ctx -> {
                throw new IllegalStateException("kaboom-detail");
            });
            routes.post("/test/echo", ctx -> ctx.result("done"));
            routes.post(
                    "/test/upload",
                    ctx -> ctx.result(ctx.formParam("note") + ":"
                            + ctx.uploadedFile("scan").size()));
        }
    }

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        PortalConfig config = TestPortal.devConfig(dataDirectory, Map.of());
        first = TestPortal.start(db, config, Clock.systemUTC(), new TestRoutes());
        second = TestPortal.start(db, config, Clock.systemUTC(), new TestRoutes());
    }

    @AfterAll
    static void stop() throws Exception {
        first.close();
        second.close();
        db.close();
    }

    @Test
    void whenAPageIsServed_thenItCarriesTheSecurityHeadersAndASessionCookie() throws Exception {
        WebClient browser = new WebClient();
        HttpResponse<String> home = browser.get(first.url("/"));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Порталы", "Портал социальных услуг", "<html lang=\"ru\">");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "connect-src 'self' wss://127.0.0.1:13579", "frame-ancestors 'none'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(home.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("QSESSION=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void whenTheSessionIsCreated_thenOnlyTheHashOfItsCookieIsStored() throws Exception {
        WebClient browser = new WebClient();
        browser.get(first.url("/"));
        String token = browser.cookie(Session.COOKIE);

        assertThat(countSessions("id = '" + SessionStore.idOf(token) + "'")).isEqualTo(1);
        assertThat(countSessions("id = '" + token + "'")).isZero();
    }

    @Test
    void whenStaticFilesAndMissingPagesAreServed_thenTheyCarryTheHeadersToo() throws Exception {
        WebClient browser = new WebClient();
        HttpResponse<String> css = browser.get(first.url("/static/css/portal.css"));
        HttpResponse<String> missing = browser.get(first.url("/no/such/page"));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Страница не найдена.");
        assertThat(missing.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void whenAPostLacksTheCsrfToken_thenItIsRefusedWith403() throws Exception {
        WebClient browser = new WebClient();
        String csrf = WebClient.csrfOf(browser.get(first.url("/")));

        HttpResponse<String> without = browser.postForm(first.url("/test/echo"), Map.of(), null);
        HttpResponse<String> wrong = browser.postForm(first.url("/test/echo"), Map.of(), "forged");
        HttpResponse<String> withField = browser.postForm(first.url("/test/echo"), Map.of(), csrf);
        HttpResponse<String> withHeader = browser.postJson(first.url("/test/echo"), "{}", csrf);

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("Запрос отклонён").doesNotContain("done");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(withField.body()).isEqualTo("done");
        assertThat(withHeader.body()).isEqualTo("done");
    }

    @Test
    void whenAFileIsUploaded_thenTheCsrfFieldOfTheMultipartFormCounts() throws Exception {
        WebClient browser = new WebClient();
        String csrf = WebClient.csrfOf(browser.get(first.url("/")));
        byte[] pdf = "%PDF-1.4 protocol".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> accepted = browser.postMultipart(
                first.url("/test/upload"), Map.of("_csrf", csrf, "note", "протокол"), "scan", "p.pdf", pdf);
        HttpResponse<String> refused =
                browser.postMultipart(first.url("/test/upload"), Map.of("note", "x"), "scan", "p.pdf", pdf);

        assertThat(accepted.body()).isEqualTo("протокол:" + pdf.length);
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void whenAScriptIsRefused_thenItGetsJson() throws Exception {
        WebClient browser = new WebClient();
        browser.get(first.url("/"));

        HttpResponse<String> refused = browser.postJson(first.url("/test/echo"), "{}", "forged");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"ok\":false", "Запрос отклонён");
    }

    @Test
    void whenAUserLogsIn_thenTheSessionIdRotatesAndTheOldCookieIsNoLongerLoggedIn() throws Exception {
        WebClient browser = new WebClient();
        String csrf = WebClient.csrfOf(browser.get(first.url("/")));
        String before = browser.cookie(Session.COOKIE);

        HttpResponse<String> login = browser.postForm(first.url("/test/login"), Map.of(), csrf);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(browser.cookie(Session.COOKIE)).isNotEqualTo(before);
        assertThat(browser.get(first.url("/test/whoami")).body()).isEqualTo("ЖАКСЫБЕКОВ ЕРЛАН");
        WebClient oldCookie = new WebClient();
        oldCookie.cookie(Session.COOKIE, before);
        assertThat(oldCookie.get(first.url("/test/whoami")).body()).isEqualTo("anonymous");
        assertThat(browser.postForm(first.url("/test/echo"), Map.of(), csrf).statusCode())
                .as("the CSRF token rotates with the session")
                .isEqualTo(403);
    }

    @Test
    void whenTwoInstancesShareTheDatabase_thenASessionStartedOnOneWorksOnTheOther() throws Exception {
        WebClient browser = new WebClient();
        String csrf = WebClient.csrfOf(browser.get(first.url("/")));
        browser.postForm(first.url("/test/login"), Map.of(), csrf);
        String loggedInCsrf = WebClient.csrfOf(browser.get(first.url("/")));

        assertThat(browser.get(second.url("/test/whoami")).body()).isEqualTo("ЖАКСЫБЕКОВ ЕРЛАН");
        assertThat(browser.postForm(second.url("/test/echo"), Map.of(), loggedInCsrf)
                        .body())
                .isEqualTo("done");
        assertThat(browser.get(second.url("/")).body()).contains("ЖАКСЫБЕКОВ ЕРЛАН", "БИН: 210540001207");

        String logoutCsrf = WebClient.csrfOf(browser.get(second.url("/")));
        assertThat(browser.postForm(second.url("/logout"), Map.of(), logoutCsrf).statusCode())
                .isEqualTo(302);
        assertThat(browser.get(first.url("/test/whoami")).body()).isEqualTo("anonymous");
    }

    @Test
    void whenALoggedInUserLogsOut_thenTheJournalRecordsIt() throws Exception {
        WebClient browser = new WebClient();
        String csrf = WebClient.csrfOf(browser.get(first.url("/")));
        browser.postForm(first.url("/test/login"), Map.of(), csrf);
        long before = logouts();

        String logoutCsrf = WebClient.csrfOf(browser.get(first.url("/")));
        browser.postForm(first.url("/logout"), Map.of(), logoutCsrf);
        String anonymousCsrf = WebClient.csrfOf(browser.get(first.url("/")));
        browser.postForm(first.url("/logout"), Map.of(), anonymousCsrf);

        assertThat(logouts())
                .as("one entry for the logged-in logout, none for the anonymous one")
                .isEqualTo(before + 1);
    }

    private static long logouts() {
        return db.inTransaction(c -> new kz.qoltanba.portal.audit.AuditJournal(Clock.systemUTC())
                .of(c, "account", "7").stream()
                        .filter(e -> e.action().equals("logout")
                                && e.actorIin().equals("850715300459")
                                && e.details().equals("social"))
                        .count());
    }

    @Test
    void whenTheLanguageIsSwitched_thenPagesComeInKazakhWithRussianFallback() throws Exception {
        WebClient browser = new WebClient();
        browser.get(first.url("/"));

        HttpResponse<String> switched = browser.get(first.url("/lang/kk?return=%2Fno%2Fsuch"));

        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location")).contains("/no/such");
        assertThat(browser.cookie(Session.LANG_COOKIE)).isEqualTo("kk");
        HttpResponse<String> home = browser.get(second.url("/"));
        assertThat(home.body()).contains("<html lang=\"kk\">", "Порталдар");
        assertThat(browser.get(first.url("/no/such")).body()).contains("Бет табылмады.");

        WebClient cookieOnly = new WebClient();
        cookieOnly.cookie(Session.LANG_COOKIE, "kk");
        assertThat(cookieOnly.get(first.url("/")).body()).contains("Порталдар");
    }

    @Test
    void whenTheLanguageIsUnknownOrTheReturnIsForeign_thenNothingUnsafeHappens() throws Exception {
        WebClient browser = new WebClient();

        HttpResponse<String> unknown = browser.get(first.url("/lang/en"));
        HttpResponse<String> foreign = browser.get(first.url("/lang/kk?return=%2F%2Fevil.example%2F"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Язык «en» не поддерживается.");
        assertThat(foreign.headers().firstValue("Location")).contains("/");
    }

    @Test
    void whenAccessIsNotAllowed_thenThe403PageExplains() throws Exception {
        WebClient browser = new WebClient();
        assertThat(browser.get(first.url("/test/supplier-only")).body()).contains("Войдите в систему");

        String csrf = WebClient.csrfOf(browser.get(first.url("/")));
        browser.postForm(first.url("/test/login"), Map.of(), csrf);

        assertThat(browser.get(first.url("/test/supplier-only")).body()).isEqualTo("secret");
        HttpResponse<String> other = browser.get(first.url("/test/reviewer-only"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Недостаточно прав");
    }

    @Test
    void whenAFeatureProvidesAService_thenRoutesFindIt() throws Exception {
        assertThat(new WebClient().get(first.url("/test/greeting")).body()).startsWith("сәлем from http://");
    }

    @Test
    void whenTheAdministratorOpensTheJournal_thenEntriesShowEscapedAndOthersAreRefused() throws Exception {
        WebClient supplier = new WebClient();
        supplier.postForm(first.url("/test/login"), Map.of(), WebClient.csrfOf(supplier.get(first.url("/"))));
        WebClient admin = new WebClient();
        admin.postForm(first.url("/test/login-admin"), Map.of(), WebClient.csrfOf(admin.get(first.url("/"))));

        HttpResponse<String> journal = admin.get(first.url("/admin/audit?type=account&id=1"));

        assertThat(journal.statusCode()).isEqualTo(200);
        assertThat(journal.body())
                .contains("Журнал действий", "admin.login", "вход &lt;b&gt;администратора&lt;/b&gt;")
                .doesNotContain("<b>администратора</b>");
        assertThat(supplier.get(first.url("/admin/audit")).statusCode()).isEqualTo(403);
        assertThat(new WebClient().get(first.url("/admin/audit")).statusCode()).isEqualTo(403);
    }

    @Test
    void whenAHandlerFails_thenThe500PageShowsNoDetail() throws Exception {
        HttpResponse<String> broken = new WebClient().get(first.url("/test/broken"));

        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(broken.body())
                .contains("Произошла внутренняя ошибка")
                .doesNotContain("kaboom", "Exception", "at kz.");
    }

    @Test
    void whenAMailIsSent_thenTheDevMailboxShowsIt() throws Exception {
        PortalServices services = first.services();
        db.inTransaction(c -> services.mailer().send(c, "Buyer@Example.kz", "Активация", "Перейдите по ссылке"));

        WebClient browser = new WebClient();
        HttpResponse<String> json = browser.get(first.url("/dev/mailbox.json?to=buyer@example.kz"));
        HttpResponse<String> page = browser.get(second.url("/dev/mailbox?to=buyer@example.kz"));

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"subject\":\"Активация\"", "\"to\":\"buyer@example.kz\"");
        assertThat(page.body()).contains("Активация", "Перейдите по ссылке");
    }

    private static long countSessions(String where) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM web_session WHERE " + where);
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
