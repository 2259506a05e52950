package kz.qoltanba.portal.standins;

import java.util.Optional;

/** ГБД ЮЛ: the state database of legal entities, asked by BIN. */
public interface OrganisationRegistry {
    /** The organisation, or empty when the BIN is unknown; {@link StandInUnavailableException} when down. */
    Optional<RegisteredOrganisation> find(String bin);
}
