package kz.qoltanba.portal.social.review;

import java.util.List;

/**
 * A reviewer's decision as filed: approval needs the commission protocol (R-GO-07), refusal also at least one
 * reason (R-GO-06). {@code protocolFileId} is a PDF uploaded by the reviewer's УКЗиСП.
 */
public record Decision(boolean approve, List<String> reasons, Long protocolFileId) {
    public static Decision approval(Long protocolFileId) {
        return new Decision(true, List.of(), protocolFileId);
    }

    public static Decision refusal(List<String> reasons, Long protocolFileId) {
        return new Decision(false, reasons == null ? List.of() : reasons, protocolFileId);
    }
}
