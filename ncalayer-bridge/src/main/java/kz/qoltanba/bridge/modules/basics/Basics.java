package kz.qoltanba.bridge.modules.basics;

import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.NcaModule;

/** Creates the {@code kz.gov.pki.knca.basics} module. */
public final class Basics {
    /** The module's wire name. */
    public static final String NAME = "kz.gov.pki.knca.basics";

    private Basics() {}

    public static NcaModule module(HostSigning signing) {
        return new BasicsModule(signing);
    }
}
