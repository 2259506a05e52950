package kz.qoltanba.bridge.modules.commonutils;

import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.NcaModule;

/** Creates the {@code kz.gov.pki.knca.commonUtils} module. */
public final class CommonUtils {
    /** The module's wire name. */
    public static final String NAME = "kz.gov.pki.knca.commonUtils";

    private CommonUtils() {}

    public static NcaModule module(HostSigning signing, HostDialogs dialogs) {
        return new CommonUtilsModule(signing, dialogs);
    }
}
