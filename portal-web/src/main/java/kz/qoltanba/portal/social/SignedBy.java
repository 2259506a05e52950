package kz.qoltanba.portal.social;

import java.util.Objects;

/**
 * The verified signature a signed transition rests on: the stored signed document and its signer, as the
 * signing pipeline returned them after every check passed.
 */
public record SignedBy(long documentId, String iin, String bin, String name) {
    public SignedBy {
        Objects.requireNonNull(iin, "iin");
    }
}
