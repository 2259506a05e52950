package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.web.WebClient;
import kz.qoltanba.signing.cert.KeyPurpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How people reach the social area's logins by navigation (L1, L2): every link on the home page and on the
 * social start page answers 200, the start page leads to the three certificate logins with the specification's
 * labels, and a reviewer's login shows the EDS data with «Перейти в кабинет» before the cabinet.
 */
class SocialEntryIT {
    private static final Pattern ANCHOR = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");
    private final PortalDatabase db = TestDatabase.fresh();
    private PortalUnderTest portal;

    @BeforeEach
    void start() {
        portal = PortalUnderTest.start(db, MutableClock.startingNow(), TestPki.get(), PortalUnderTest.options());
    }

    @AfterEach
    void stop() throws Exception {
        portal.close();
        db.close();
    }

    @Test
    void whenEveryLinkOfTheHomeAndSocialStartPagesIsFollowed_thenEachAnswers200() throws Exception {
        String social = new WebClient().get(portal.url("/social")).body();
        assertThat(social)
                .contains(
                        "Портал социальных услуг",
                        "href=\"/login/supplier\"",
                        "href=\"/login/recipient\"",
                        "href=\"/login/reviewer\"",
                        "Выберите ЭЦП",
                        "Вход для сотрудников министерства");
        assertThat(new WebClient().get(portal.url("/")).body()).contains("href=\"/social\"");

        Set<String> links = new LinkedHashSet<>();
        for (String page : new String[] {"/", "/social"}) {
            HttpResponse<String> response = new WebClient().get(portal.url(page));
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            Matcher m = ANCHOR.matcher(response.body());
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
        }
        assertThat(links).contains("/social", "/procurement", "/login/supplier", "/login/reviewer");
        for (String link : links) {
            assertThat(finalStatus(link)).as("link " + link).isEqualTo(200);
        }
        assertThat(new WebClient().get(portal.url("/login/reviewer")).body())
                .contains("РМ сотрудника ГО", "Выберите ЭЦП");
    }

    @Test
    void whenAReviewerLogsIn_thenTheEdsDataAndPerejtiVKabinetComeFirst() throws Exception {
        db.inTransaction(c -> {
            FiledApplications.provisionReviewer(c);
            return null;
        });
        WebClient reviewer = new WebClient();
        JsonNode login = reviewer.certificateLogin(
                portal.url("/login/reviewer"), FiledApplications.reviewerKey(KeyPurpose.AUTH));
        assertThat(login.path("redirect").asText()).as(login.toString()).isEqualTo("/social/go/certificate");

        HttpResponse<String> certificate = reviewer.get(portal.url("/social/go/certificate"));
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.body())
                .contains(
                        "Данные ЭЦП",
                        "ИВАНОВА",
                        FiledApplications.REVIEWER_IIN,
                        kz.qoltanba.portal.social.SocialWorld.UKZ_AST,
                        "УКЗИСП Г. АСТАНЫ",
                        "Срок действия",
                        "href=\"/social/go\"",
                        "Перейти в кабинет");
        assertThat(reviewer.get(portal.url("/social/go")).statusCode()).isEqualTo(200);
        assertThat(new WebClient().get(portal.url("/social/go/certificate")).statusCode())
                .isEqualTo(403);
    }

    /** The status at the end of the link's redirects (at most five, all inside the portal), fresh visitor. */
    private int finalStatus(String link) throws Exception {
        WebClient client = new WebClient();
        String target = link;
        for (int hop = 0; hop < 5; hop++) {
            URI uri = URI.create(portal.url("/")).resolve(target);
            assertThat(uri.toString())
                    .as("link " + link + " stays in the portal")
                    .startsWith(portal.origin());
            HttpResponse<String> response = client.get(uri.toString());
            if (response.statusCode() / 100 != 3) {
                return response.statusCode();
            }
            target = response.headers().firstValue("Location").orElseThrow();
        }
        throw new AssertionError("link " + link + " redirects more than five times");
    }
}
