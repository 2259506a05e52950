package kz.qoltanba.portal.standins;

import java.util.List;
import java.util.Map;

/** The data the stand-in services answer with: organisations, real estate and entitlements. */
public record DemoRegisters(
        Map<String, RegisteredOrganisation> organisations,
        Map<String, List<RealEstateObject>> realEstate,
        Map<String, List<Entitlement>> entitlements) {
    public DemoRegisters {
        organisations = Map.copyOf(organisations);
        realEstate = Map.copyOf(realEstate);
        entitlements = Map.copyOf(entitlements);
    }
}
