package kz.qoltanba.portal.standins;

import java.util.List;

/** The recipients' entitlements to subsidised TSR and ГСП, asked by IIN. */
public interface EntitlementRegister {
    /** The entitlements of {@code iin} (possibly none); {@link StandInUnavailableException} when down. */
    List<Entitlement> of(String iin);
}
