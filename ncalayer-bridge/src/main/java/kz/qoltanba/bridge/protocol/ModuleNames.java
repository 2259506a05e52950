package kz.qoltanba.bridge.protocol;

/** Wire names of the modules whose envelopes the contract fixes. */
public final class ModuleNames {
    public static final String COMMON_UTILS = "kz.gov.pki.knca.commonUtils";
    public static final String BASICS = "kz.gov.pki.knca.basics";
    public static final String ACCESSORY = "kz.gov.pki.ncalayerservices.accessory";
    public static final String NURSIGN = "NURSign";

    private ModuleNames() {}
}
