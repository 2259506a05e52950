package kz.qoltanba.portal.social;

import java.util.Objects;

/**
 * The verified signature a signed transition rests on: the stored signed document, its signer, as the
 * signing pipeline returned them after every check passed, and the {@code docId} its envelope named (null when
 * unknown).
 */
public record SignedBy(long documentId, String iin, String bin, String name, String docId) {
    public SignedBy {
        Objects.requireNonNull(iin, "iin");
    }

    public SignedBy(long documentId, String iin, String bin, String name) {
        this(documentId, iin, bin, name, null);
    }
}
