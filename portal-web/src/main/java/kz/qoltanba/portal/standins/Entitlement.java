package kz.qoltanba.portal.standins;

import java.math.BigDecimal;

/**
 * A recipient's right to a subsidised TSR type or ГСП type (I-10): exactly one of {@code tsrTypeId},
 * {@code gspTypeId} is set.
 */
public record Entitlement(String tsrTypeId, String gspTypeId, BigDecimal subsidisedAmount, int remainingQuantity) {}
