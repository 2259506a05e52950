package kz.qoltanba.portal.procurement;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.demo.DemoSeed;
import kz.qoltanba.portal.procurement.account.PasswordHasher;
import kz.qoltanba.portal.procurement.account.ProcurementAccounts;
import kz.qoltanba.portal.procurement.cabinet.CabinetPages;
import kz.qoltanba.portal.procurement.cabinet.FilePages;
import kz.qoltanba.portal.procurement.cabinet.ProfilePages;
import kz.qoltanba.portal.procurement.files.FileEndpoints;
import kz.qoltanba.portal.procurement.files.FileSignatureCheck;
import kz.qoltanba.portal.procurement.files.FileStore;
import kz.qoltanba.portal.procurement.files.FileUploads;
import kz.qoltanba.portal.procurement.files.PortalFileSignatureCheck;
import kz.qoltanba.portal.procurement.files.UploadTokens;
import kz.qoltanba.portal.procurement.login.DemoAccount;
import kz.qoltanba.portal.procurement.login.LoginRoutes;
import kz.qoltanba.portal.procurement.login.ProcurementPaths;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.signing.validation.CmsVerifier;

/**
 * The procurement area: login and registration pages, the cabinet, and the NURSign file endpoints. Settings come
 * from the portal's configuration (lockout, origin, data directory); a {@link ProcurementSettings} or {@link
 * PasswordHasher} registered in the services replaces the default (tests use a cheap hasher).
 */
public final class ProcurementFeature implements Feature {
    @Override
    public void register(RoutesConfig routes, PortalServices services) {
        ProcurementSettings settings = settings(services);
        ProcurementAccounts accounts = accounts(services, settings);
        ProcurementContext context = new ProcurementContext(services, accounts);
        UploadTokens tokens = new UploadTokens(new SecureRandom());

        new LoginRoutes(context).register(routes);
        CabinetPages cabinet = new CabinetPages(context);
        routes.get(ProcurementPaths.CABINET, cabinet::cabinet);
        routes.get(ProcurementPaths.CHANGE_PASSWORD, cabinet::showPasswordChange);
        routes.post(ProcurementPaths.CHANGE_PASSWORD, cabinet::changePassword);
        ProfilePages profile = new ProfilePages(context);
        routes.get(ProcurementPaths.PROFILE, profile::show);
        routes.post(ProcurementPaths.PROFILE, profile::save);
        routes.post(ProcurementPaths.PROFILE + "/confirm-email", profile::confirmEmail);
        FilePages filePages = new FilePages(context, tokens);
        routes.get(ProcurementPaths.FILES, filePages::list);
        routes.post(ProcurementPaths.UPLOAD_TOKEN, filePages::issueToken);

        FileUploads uploads = new FileUploads(
                services.db(),
                services.clock(),
                settings,
                store(settings.filesDirectory(), services.db()),
                tokens,
                lazyCheck(services),
                context.journal(null));
        new FileEndpoints(uploads, settings.maxFileBytes(), spool(settings.filesDirectory())).register(routes);
    }

    /** The demo's registered, active procurement user (see {@link DemoAccount}). */
    @Override
    public List<DemoSeed> demoSeeds() {
        return List.of((c, services, actors) ->
                new DemoAccount(accounts(services, settings(services))).seed(c, services, actors));
    }

    private static ProcurementSettings settings(PortalServices services) {
        return services.find(ProcurementSettings.class)
                .orElseGet(() -> ProcurementSettings.defaults(
                        services.config().dataDirectory().resolve("procurement-files"),
                        origin(services),
                        services.config().lockout()));
    }

    private static ProcurementAccounts accounts(PortalServices services, ProcurementSettings settings) {
        PasswordHasher hasher = services.find(PasswordHasher.class)
                .orElseGet(() -> PasswordHasher.pbkdf2(PasswordHasher.DEFAULT_ITERATIONS));
        return ProcurementAccounts.create(
                services.clock(),
                settings,
                hasher,
                services.mailer()::send,
                (c, action, type, id, details) -> services.audit().record(c, null, action, type, id, details));
    }

    /** The signing app uploads with its single-use token, not from a page: no session, so no CSRF token. */
    @Override
    public List<String> csrfExemptPaths() {
        return List.of(FileEndpoints.UPLOAD_PATH);
    }

    private static String origin(PortalServices services) {
        String origin = services.config().origin().toString();
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    /** The portal's signing settings are read at the first upload, when every service is wired. */
    private static FileSignatureCheck lazyCheck(PortalServices services) {
        CmsVerifier verifier = CmsVerifier.create();
        return (cms, content) -> services.find(FileSignatureCheck.class)
                .orElseGet(() -> PortalFileSignatureCheck.of(
                        services.require(SigningPipeline.class).settings(), services.clock(), verifier))
                .verify(cms, content);
    }

    private static FileStore store(Path directory, kz.qoltanba.portal.db.PortalDatabase db) {
        try {
            return new FileStore(directory, db);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the procurement files directory " + directory, e);
        }
    }

    private static Path spool(Path directory) {
        try {
            return Files.createDirectories(directory.resolve("spool"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory.resolve("spool"), e);
        }
    }
}
