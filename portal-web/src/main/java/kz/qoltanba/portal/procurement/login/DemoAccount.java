package kz.qoltanba.portal.procurement.login;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.demo.DemoActor;
import kz.qoltanba.portal.demo.DemoActors;
import kz.qoltanba.portal.demo.DemoKeys;
import kz.qoltanba.portal.demo.DemoSeed;
import kz.qoltanba.portal.procurement.account.CertificateHolder;
import kz.qoltanba.portal.procurement.account.ProcurementAccounts;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignContent;
import kz.qoltanba.portal.signing.SignatureRejectedException;
import kz.qoltanba.portal.signing.SignedAction;
import kz.qoltanba.portal.signing.SignerRule;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.signing.SubjectKind;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import kz.qoltanba.signing.xml.XmlSignOptions;
import kz.qoltanba.signing.xml.XmlSigner;

/**
 * The demo's procurement user ({@code procurement-user} of the demo key files), registered and active: the user
 * agreement signed with its SIGN key and verified by the pipeline as on the registration page, the account stored
 * with {@link #PASSWORD}. Logging in takes its AUTH key at the certificate step, then that password. Does nothing
 * when the account exists already.
 */
public final class DemoAccount implements DemoSeed {
    /** The demo user's login password (printed at start, in the README). */
    public static final String PASSWORD = DemoKeys.PROCUREMENT_PASSWORD;

    public static final String EMAIL = "procurement-user@demo.qoltanba.kz";

    private static final String ACTOR = "procurement-user";
    private final ProcurementAccounts accounts;

    public DemoAccount(ProcurementAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void seed(Connection c, PortalServices services, DemoActors actors) throws SQLException {
        DemoActor actor = actors.find(ACTOR).orElse(null);
        if (actor == null || accounts.byIin(c, actor.iin()).isPresent()) {
            return;
        }
        CertificateHolder holder = holder(key(actor, "AUTH"));
        long agreement = signAgreement(
                c,
                services.require(SigningPipeline.class),
                holder,
                key(actor, "SIGN"),
                services.clock().instant());
        accounts.createActive(c, holder, EMAIL, PASSWORD.toCharArray(), agreement);
    }

    /** The agreement issued, signed and verified exactly as «Подписать соглашение» does it. */
    private static long signAgreement(
            Connection c, SigningPipeline pipeline, CertificateHolder holder, KeyEntry key, java.time.Instant now)
            throws SQLException {
        String session = "demo-" + UUID.randomUUID();
        byte[] nonce = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        String xml = UserAgreement.load()
                .xml(
                        holder.iin(),
                        EMAIL,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(nonce),
                        now);
        SignerRule rule = new SignerRule(KeyPurpose.SIGN, SubjectKind.ANY, holder.iin(), null);
        SignedAction action =
                new SignedAction(RegistrationPages.AGREEMENT_ACTION, "procurement_registration", session, 0, rule);
        IssuedRequest issued = pipeline.issue(c, session, action, SignContent.xml(xml), Duration.ofMinutes(5));
        try {
            String signed = XmlSigner.create()
                    .signToString(issued.data().getBytes(StandardCharsets.UTF_8), key, XmlSignOptions.wholeDocument());
            return pipeline.complete(c, issued.id(), session, signed, 0).documentId();
        } catch (SigningException | SignatureRejectedException e) {
            throw new IllegalStateException("the demo user's agreement could not be signed: " + e.getMessage(), e);
        }
    }

    private static CertificateHolder holder(KeyEntry auth) {
        try {
            CertificateInfo info = CertificateInfo.of(auth.certificate());
            String rest = info.commonName().startsWith(info.surname())
                    ? info.commonName().substring(info.surname().length()).strip()
                    : null;
            return new CertificateHolder(
                    info.iin(),
                    info.commonName(),
                    info.surname(),
                    rest == null || rest.isEmpty() ? null : rest,
                    info.givenName(),
                    info.bin(),
                    info.organization(),
                    info.email(),
                    info.serialNumber());
        } catch (SigningException e) {
            throw new IllegalStateException("the demo user's certificate is unreadable: " + e.getMessage(), e);
        }
    }

    private static KeyEntry key(DemoActor actor, String purpose) {
        Path file = actor.keyFiles().get(purpose);
        try (KeyStoreSource source =
                KeyStores.open(StorageType.PKCS12, file, actor.password().toCharArray())) {
            return source.keys().get(0);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the demo key file " + file + ": " + e.getMessage(), e);
        }
    }
}
