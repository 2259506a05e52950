package kz.qoltanba.bridge.modules;

import java.util.Set;

/** The storage names of the NCALayer protocol. */
public final class StorageNames {
    public static final String PKCS12 = "PKCS12";
    public static final String JKS = "JKS";

    /** Hardware storages, reached through PKCS#11. */
    public static final Set<String> HARDWARE = Set.of(
            "AKKaztokenStore",
            "AKKZIDCardStore",
            "AKEToken72KStore",
            "AKEToken5110Store",
            "AKJaCartaStore",
            "AKAKEYStore");

    private StorageNames() {}

    public static boolean isKnown(String name) {
        return PKCS12.equals(name) || JKS.equals(name) || HARDWARE.contains(name);
    }

    public static boolean isHardware(String name) {
        return HARDWARE.contains(name);
    }
}
