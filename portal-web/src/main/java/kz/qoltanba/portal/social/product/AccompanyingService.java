package kz.qoltanba.portal.social.product;

/** The accompanying service («сопутствующая услуга»): the in-patient facility and the service type codes. */
public record AccompanyingService(String place, String type) {}
