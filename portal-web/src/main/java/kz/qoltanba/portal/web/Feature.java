package kz.qoltanba.portal.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.demo.DemoSeed;

/**
 * One area of the portal: adds its routes. {@code PortalApp.features} lists every feature.
 *
 * <p>Javalin 7 takes routes while the app is configured, so a feature receives the app's {@link RoutesConfig}
 * ({@code routes.get(...)}, {@code routes.post(...)}, {@code routes.before(...)}, exactly as on the app in
 * earlier Javalin versions).
 */
public interface Feature {
    void register(RoutesConfig routes, PortalServices services);

    /**
     * Registers the feature's services ({@code services.with(SigningPipeline.class, …)}) before the app is built;
     * runs for every feature in list order, after the platform's own services (dev PKI, trust anchors, demo
     * actors), so a feature may {@code require} what the platform or an earlier feature registered. Resources to
     * stop with the portal go to {@code services.closeOnStop(…)}.
     */
    default void provide(PortalServices.Builder services) throws Exception {}

    /**
     * Paths (prefixes) whose non-GET requests do not carry the session's CSRF token because they are not made by
     * a browser page (e.g. callbacks of external systems, the signing module's upload); they must authenticate
     * otherwise.
     */
    default List<String> csrfExemptPaths() {
        return List.of();
    }

    /** The feature's demo data, inserted when the portal starts with {@code --demo}. */
    default List<DemoSeed> demoSeeds() {
        return List.of();
    }
}
