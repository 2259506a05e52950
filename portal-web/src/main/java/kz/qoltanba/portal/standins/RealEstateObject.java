package kz.qoltanba.portal.standins;

/** A real-estate object registered to an organisation in the «Регистр недвижимости» (I-2). */
public record RealEstateObject(String objectId, String address, String kato, String type) {}
