package kz.qoltanba.portal.standins;

import java.util.List;

/** ГБД «Регистр недвижимости»: the real estate registered to a BIN. */
public interface RealEstateRegister {
    /** The objects registered to {@code bin} (possibly none); {@link StandInUnavailableException} when down. */
    List<RealEstateObject> objectsOf(String bin);
}
