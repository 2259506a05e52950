package kz.qoltanba.portal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.testutil.StandInSignatures;

/**
 * The proof that the portal stored only what the bridge signed: every {@code signed_document} row (logins
 * included), in the order stored, is matched to its own key answer of the bridge's {@code GET /unattended/log}
 * with the same certificate serial, each answer used at most once and in the same order. Answers that produced no
 * document (a cancel, a refused certificate, a tampered signature) are skipped; a document the test deliberately
 * stored with a signature made elsewhere must be named in {@code notFromTheBridge} with the reason. The rows a
 * fixture stored in place of a signature ({@link StandInSignatures}, no signature at all) are not counted.
 */
public final class BridgeSignatures {
    private BridgeSignatures() {}

    /** Checks every stored document; none was signed outside the bridge. */
    public static void assertStoredByTheBridge(PortalDatabase db, BridgeProcess bridge) throws Exception {
        assertStoredByTheBridge(db, bridge, Map.of());
    }

    /**
     * @param notFromTheBridge ids of documents the test signed without the bridge, each with why
     * @throws AssertionError naming the first document without its own answer in the log
     */
    public static void assertStoredByTheBridge(
            PortalDatabase db, BridgeProcess bridge, Map<Long, String> notFromTheBridge) throws Exception {
        List<Stored> stored = stored(db);
        List<BigInteger> answered = new ArrayList<>();
        for (JsonNode entry : bridge.log()) {
            if ("answer".equals(entry.path("type").asText())
                    && "key".equals(entry.path("answer").asText())
                    && !entry.path("serialNumber").asText().isBlank()) {
                answered.add(new BigInteger(entry.path("serialNumber").asText(), 16));
            }
        }
        int next = 0;
        for (Stored document : stored) {
            if (notFromTheBridge.containsKey(document.id())) {
                continue;
            }
            BigInteger serial = new BigInteger(document.serial(), 16);
            int found = -1;
            for (int i = next; i < answered.size(); i++) {
                if (answered.get(i).equals(serial)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                throw new AssertionError("signed document " + document.id() + " (" + document.action()
                        + ", signer serial "
                        + document.serial() + ") has no key answer of its own in the bridge's log after answer #"
                        + next + "; serials answered: " + hex(answered));
            }
            next = found + 1;
        }
    }

    private static String hex(List<BigInteger> serials) {
        return serials.stream().map(s -> s.toString(16)).toList().toString();
    }

    private static List<Stored> stored(PortalDatabase db) {
        return db.inTransaction(c -> {
            List<Stored> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, action, signer_serial FROM signed_document" + " WHERE object_type <> ? ORDER BY id")) {
                s.setString(1, StandInSignatures.OBJECT_TYPE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Stored(r.getLong(1), r.getString(2), r.getString(3)));
                    }
                }
            }
            return rows;
        });
    }

    private record Stored(long id, String action, String serial) {}
}
