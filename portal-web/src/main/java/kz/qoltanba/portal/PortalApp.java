package kz.qoltanba.portal;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import kz.qoltanba.portal.login.LoginFeature;
import kz.qoltanba.portal.mail.MailboxFeature;
import kz.qoltanba.portal.procurement.ProcurementFeature;
import kz.qoltanba.portal.signing.SigningFeature;
import kz.qoltanba.portal.social.SocialFeature;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.portal.web.Platform;
import kz.qoltanba.portal.web.PlatformFeature;

/**
 * The portal's web application: the platform (headers, sessions, CSRF, error pages), static files under
 * {@code /static/} (classpath folder {@code static/}) and every feature's routes. Tests build it the same way on a
 * random port.
 */
public final class PortalApp {
    private PortalApp() {}

    /** Every area of the portal, in registration order. */
    public static List<Feature> features() {
        return List.of(
                new PlatformFeature(),
                new MailboxFeature(),
                new SigningFeature(),
                new SocialFeature(),
                new LoginFeature(),
                new ProcurementFeature());
    }

    /** The app with {@link #features()}, not started. */
    public static Javalin create(PortalServices services) {
        return create(services, features());
    }

    /** The app with {@code features}, not started; start it with {@code start(host, port)}. */
    public static Javalin create(PortalServices services, List<Feature> features) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            Platform.install(config, services, features);
            for (Feature feature : features) {
                feature.register(config.routes, services);
            }
        });
    }

    /** Starts the app on the configured host and port. */
    public static Javalin start(PortalServices services) {
        PortalConfig config = services.config();
        return create(services).start(config.host(), config.port());
    }
}
