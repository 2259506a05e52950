package kz.qoltanba.bridge.modules.accessory;

import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.NcaModule;
import org.osgi.framework.BundleContext;

/** Creates the {@code kz.gov.pki.ncalayerservices.accessory} module. */
public final class Accessory {
    /** The module's wire name. */
    public static final String NAME = "kz.gov.pki.ncalayerservices.accessory";

    private Accessory() {}

    /**
     * @param implementationVersion the bridge's version, answered by {@code getVersion} beside the protocol
     *     version {@code 1.4}
     */
    public static NcaModule module(Inventory inventory, HostDialogs dialogs, String implementationVersion) {
        return new AccessoryModule(inventory, dialogs, implementationVersion);
    }

    /** The inventory of a running framework. */
    public static Inventory inventory(BundleContext context) {
        return new BundleContextInventory(context);
    }
}
