package kz.qoltanba.portal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import kz.qoltanba.portal.PortalServices;

/**
 * An area's demo rows (accounts, organisations, products …) for the demo actors, inserted when the portal starts
 * with {@code --demo}. Must be idempotent: the demo may start again on the same database (check before insert).
 * Features return theirs from {@code Feature.demoSeeds()}.
 */
public interface DemoSeed {
    void seed(Connection c, PortalServices services, DemoActors actors) throws SQLException;
}
