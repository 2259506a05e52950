package kz.qoltanba.portal.social.product;

import java.util.List;

/**
 * The registration tab: with {@code requiresRegistration} the НЦЭЛС registration (number, date, validity),
 * otherwise the НЦЭЛС confirming letter (number, date); the attached PDFs either way.
 */
public record Registration(
        boolean requiresRegistration, String number, String date, String validUntil, List<Long> fileIds) {}
