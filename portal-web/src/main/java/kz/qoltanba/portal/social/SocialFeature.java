package kz.qoltanba.portal.social;

import io.javalin.config.RoutesConfig;
import java.util.List;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.audit.AuditJournal;
import kz.qoltanba.portal.demo.DemoSeed;
import kz.qoltanba.portal.login.AccountDirectory;
import kz.qoltanba.portal.procurement.AgreementDocumentAccess;
import kz.qoltanba.portal.signing.DocumentAccessRules;
import kz.qoltanba.portal.social.order.Recipients;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.portal.social.supplier.Organisations;
import kz.qoltanba.portal.social.supplier.SupplierProfile;
import kz.qoltanba.portal.social.web.SocialRoutes;
import kz.qoltanba.portal.standins.StandIns;
import kz.qoltanba.portal.web.Feature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The social area: suppliers, reviewers and recipients (seeds 000, 001, 002). It provides the registers
 * (ГБД ЮЛ, real estate, entitlements: local stand-ins in dev mode, else the service at
 * {@code PORTAL_REGISTERS_URL}) and the certificate login's account directory (unless one was registered
 * before, as tests of the login do). It also registers who may open a signed document besides its signer
 * ({@link SocialDocumentAccess}, and the procurement user's own signed agreement).
 */
public final class SocialFeature implements Feature {
    /** The configuration key of the registers' URL outside dev mode (read by {@code PortalConfig}). */
    public static final String REGISTERS_URL = "PORTAL_REGISTERS_URL";

    private static final Logger LOG = LoggerFactory.getLogger(SocialFeature.class);

    @Override
    public void provide(PortalServices.Builder services) {
        if (services.find(DocumentAccessRules.class).isEmpty()) {
            services.with(
                    DocumentAccessRules.class,
                    new DocumentAccessRules(List.of(new SocialDocumentAccess(), new AgreementDocumentAccess())));
        }
        StandIns registers;
        if (!services.config().socialArea()) {
            LOG.warn(
                    "{} is not set: the social area is off (outside dev mode it needs the registers' URL)",
                    REGISTERS_URL);
            return;
        }
        if (services.config().devMode()) {
            registers = StandIns.startDev();
            services.closeOnStop(registers);
        } else {
            registers = StandIns.connect(services.config().registersUrl().orElseThrow());
        }
        services.with(StandIns.class, registers);
        SupplierProfile profile = new SupplierProfile(
                new Organisations(),
                registers.organisations(),
                registers.realEstate(),
                SocialArea.journal(new AuditJournal(services.clock())),
                services.clock());
        if (services.find(AccountDirectory.class).isEmpty()) {
            services.with(
                    AccountDirectory.class,
                    new SocialAccounts(profile, new Reviewers(), new Recipients(), services.clock()));
        }
    }

    @Override
    public void register(RoutesConfig routes, PortalServices services) {
        services.find(StandIns.class)
                .ifPresent(registers -> SocialRoutes.register(routes, services, new SocialArea(services, registers)));
    }

    @Override
    public List<DemoSeed> demoSeeds() {
        return List.of(new SocialDemoSeed());
    }
}
