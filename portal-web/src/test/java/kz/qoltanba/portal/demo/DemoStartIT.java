package kz.qoltanba.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import kz.qoltanba.portal.PortalApp;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.RunningPortal;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.portal.web.WebClient;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.cert.SubjectType;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal started as {@code --demo} does: dev PKI, demo key files, demo seeds, banner. */
class DemoStartIT {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** A feature whose demo seed records what it was given and writes one row. */
    static final class SeedingFeature implements Feature {
        final AtomicReference<DemoActors> seen = new AtomicReference<>();

        @Override
        public void register(RoutesConfig routes, PortalServices services) {}

        @Override
        public List<DemoSeed> demoSeeds() {
            return List.of((c, services, actors) -> {
                seen.set(actors);
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO schema_note (id, note) VALUES (99, ?) ON CONFLICT (id) DO NOTHING")) {
                    s.setString(1, actors.get("supplier-director").bin());
                    s.executeUpdate();
                }
            });
        }
    }

    @Test
    void whenTheDemoStarts_thenEveryActorHasKeyFilesThatLoadAndVerify(@TempDir Path home) throws Exception {
        PortalConfig config = demoConfig(home);
        SeedingFeature seeding = new SeedingFeature();
        List<Feature> features = new ArrayList<>(PortalApp.features());
        features.add(seeding);

        try (RunningPortal portal = RunningPortal.start(TestDatabase.fresh(), config, Clock.systemUTC(), features)) {
            DemoActors actors = portal.services().require(DemoActors.class);
            DevPki pki = portal.services().require(DevPki.class);

            assertThat(actors.all())
                    .extracting(DemoActor::code)
                    .containsExactly(
                            "supplier-director", "supplier2-director", "reviewer", "recipient", "procurement-user");
            for (DemoActor actor : actors.all()) {
                assertKeys(actor, pki);
            }
            assertThat(actors.get("supplier-director").bin())
                    .isNotEqualTo(actors.get("supplier2-director").bin());
            assertThat(actors.get("recipient").legalEntity()).isFalse();
            assertThat(seeding.seen.get()).isSameAs(actors);
            assertThat(note(portal, 99))
                    .contains(actors.get("supplier-director").bin());
            assertThat(config.demoKeysDirectory().resolve("pki/INDEX.md")).exists();
            assertThat(Files.readString(config.demoKeysDirectory().resolve("README.txt")))
                    .contains("Qwerty12", "AUTH_RSA_reviewer.p12");

            String banner = banner(portal);
            assertThat(banner)
                    .contains(config.origin() + "/")
                    .contains(config.origin() + "/social")
                    .contains(config.origin() + "/login/supplier")
                    .contains(config.origin() + "/login/recipient")
                    .contains(config.origin() + "/login/reviewer")
                    .contains(config.demoKeysDirectory().toString())
                    .contains("Qwerty12")
                    .contains("qoltanba-bridge.jar serve --allowed-origin " + config.origin())
                    .contains("--unattended --keys-dir " + config.demoKeysDirectory());
            HttpResponse<String> home1 = new WebClient().get(config.origin() + "/");
            assertThat(home1.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void whenThePortalStartsFromItsConfigurationAlone_thenItsEmbeddedDatabaseServes(@TempDir Path home)
            throws Exception {
        PortalConfig config = demoConfig(home);

        try (RunningPortal portal = RunningPortal.start(config)) {
            HttpResponse<String> page = new WebClient().get(config.origin() + "/dev/mailbox");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Почтовый ящик");
            assertThat(config.embeddedDatabaseDirectory().resolve("PG_VERSION")).exists();
        }
    }

    @Test
    void whenTheDemoStartsOnAFreshDatabase_thenTheProcurementUserLogsInWithItsCertificateAndPassword(@TempDir Path home)
            throws Exception {
        PortalConfig config = demoConfig(home);

        try (RunningPortal portal =
                RunningPortal.start(TestDatabase.fresh(), config, Clock.systemUTC(), PortalApp.features())) {
            DemoActor user = portal.services().require(DemoActors.class).get("procurement-user");
            assertThat(banner(portal))
                    .contains(
                            "Procurement login: " + config.origin() + "/procurement with AUTH_RSA_procurement-user.p12")
                    .contains("then password " + DemoKeys.PROCUREMENT_PASSWORD);
            String origin = config.origin().toString().replaceAll("/$", "");
            WebClient web = new WebClient();
            String csrf = WebClient.csrfOf(web.get(origin + "/procurement"));

            HttpResponse<String> issued = web.postJson(origin + "/procurement/login/challenge", "{}", csrf);
            JsonNode challenge = JSON.readTree(issued.body());
            String signed = TestSignatures.signXml(challenge.get("data").asText(), key(user, "AUTH"));
            HttpResponse<String> certificate = web.postJson(
                    origin + "/procurement/login/certificate",
                    JSON.writeValueAsString(
                            Map.of("requestId", challenge.get("id").asText(), "signed", signed)),
                    csrf);
            assertThat(JSON.readTree(certificate.body()).path("redirect").asText())
                    .as(certificate.body())
                    .isEqualTo("/procurement/login/password");

            HttpResponse<String> page = web.get(origin + "/procurement/login/password");
            HttpResponse<String> login = web.postForm(
                    origin + "/procurement/login/password",
                    Map.of("password", DemoKeys.PROCUREMENT_PASSWORD),
                    WebClient.csrfOf(page));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
            HttpResponse<String> cabinet =
                    web.get(origin + login.headers().firstValue("Location").orElseThrow());
            assertThat(cabinet.statusCode()).isEqualTo(200);
            assertThat(cabinet.body()).contains(user.displayName(), "Кабинет");
        }
    }

    private static KeyEntry key(DemoActor actor, String purpose) throws Exception {
        try (KeyStoreSource source = KeyStores.open(
                StorageType.PKCS12,
                actor.keyFiles().get(purpose),
                actor.password().toCharArray())) {
            return source.keys().get(0);
        }
    }

    private static void assertKeys(DemoActor actor, DevPki pki) throws Exception {
        assertThat(actor.keyFiles()).containsOnlyKeys("AUTH", "SIGN");
        for (Map.Entry<String, Path> file : actor.keyFiles().entrySet()) {
            String name = file.getValue().getFileName().toString();
            Path password = file.getValue().resolveSibling(name.replace(".p12", ".password"));
            assertThat(Files.readString(password)).isEqualTo(actor.password() + "\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password)))
                    .isEqualTo("rw-------");
            try (KeyStoreSource source = KeyStores.open(
                    StorageType.PKCS12, file.getValue(), actor.password().toCharArray())) {
                assertThat(source.keys()).as(name).hasSize(1);
                KeyEntry key = source.keys().get(0);
                CertificateInfo info = CertificateInfo.of(key.certificate());
                assertThat(info.iin()).as(name).isEqualTo(actor.iin());
                assertThat(info.bin()).as(name).isEqualTo(actor.bin());
                assertThat(info.commonName()).as(name).isEqualTo(actor.displayName());
                assertThat(info.keyPurpose()).as(name).isEqualTo(KeyPurpose.valueOf(file.getKey()));
                assertThat(info.subjectType())
                        .as(name)
                        .isEqualTo(actor.legalEntity() ? SubjectType.LEGAL_ENTITY : SubjectType.INDIVIDUAL);
                assertThat(verify(key, pki).indication()).as(name).isEqualTo(Indication.TOTAL_PASSED);
            }
        }
    }

    /** Signs a CMS with the key and verifies it against the dev PKI roots, revocation checked over HTTP. */
    private static ValidationReport verify(KeyEntry key, DevPki pki) throws Exception {
        byte[] cms = CmsSigner.create(key, CmsOptions.defaults()).sign("demo".getBytes(StandardCharsets.UTF_8));
        VerificationOptions.Builder options = VerificationOptions.builder().revocationPolicy(RevocationPolicy.HARD);
        for (KeyAlgorithm algorithm : pki.algorithms()) {
            options.trustAnchor(pki.root(algorithm).certificate());
        }
        ValidationReport report = CmsVerifier.create().verify(cms, Optional.empty(), options.build());
        if (report.indication() != Indication.TOTAL_PASSED) {
            System.out.println(report.toJson());
        }
        return report;
    }

    private static PortalConfig demoConfig(Path home) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return PortalConfig.load(Map.of("HOME", home.toString()), Map.of(), List.of("--demo", "--port=" + port));
    }

    private static String banner(RunningPortal portal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        portal.printBanner(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Optional<String> note(RunningPortal portal, int id) {
        return portal.services().db().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT note FROM schema_note WHERE id = ?")) {
                s.setInt(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
