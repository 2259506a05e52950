package kz.qoltanba.bridge.signing;

import java.time.Clock;
import java.util.Optional;
import kz.qoltanba.bridge.audit.AuditEvent;
import kz.qoltanba.bridge.audit.AuditLog;
import kz.qoltanba.bridge.origin.Connections;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.spi.WrongPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the signing service knows of a request's socket: its verified origin (a request naming another is
 * refused, so a dialog never shows an origin a module made up) and the audit line of each signature.
 */
final class SocketRecords {
    private static final Logger LOG = LoggerFactory.getLogger(SocketRecords.class);

    private final Connections connections;
    private final AuditLog audit;
    private final Clock clock;

    /** @param connections the open sockets; null trusts the origin a request names (no sockets) */
    SocketRecords(Connections connections, AuditLog audit, Clock clock) {
        this.connections = connections;
        this.audit = audit;
        this.clock = clock;
    }

    /** The origin verified for the connection, which the request must name. */
    String verifiedOrigin(String claimed, String connectionId) throws HostSigningException {
        if (connections == null) {
            return claimed;
        }
        String verified = connections
                .verifiedOrigin(connectionId)
                .orElseThrow(() -> new HostSigningException(
                        "the request names connection " + connectionId + ", which is not an open socket"));
        if (!verified.equals(claimed)) {
            LOG.warn(
                    "Refused a request on connection {}: it names origin {} but the socket's verified origin is {}",
                    connectionId,
                    printable(claimed),
                    verified);
            throw new HostSigningException("the request's origin " + printable(claimed) + " is not the verified origin "
                    + verified + " of its connection");
        }
        return verified;
    }

    /** One audit line for a signature request that ended with {@code failure}; never data or a password. */
    void failed(SignRequest request, Throwable failure, String serial) {
        String outcome;
        Optional<String> mismatched = verifiedOtherThanClaimed(request);
        if (mismatched.isPresent()) {
            record(request, mismatched.get(), "refused: origin mismatch", serial);
            return;
        }
        if (failure instanceof UserCancelledException) {
            outcome = "cancelled";
        } else if (failure instanceof WrongPasswordException) {
            outcome = "wrong password";
        } else if (failure instanceof NoSuitableCertificateException) {
            outcome = "refused: no suitable certificate";
        } else {
            outcome = "failed";
        }
        record(request, request.origin(), outcome, serial);
    }

    /** The audit line of a signature made with the certificate {@code serial}. */
    void signed(SignRequest request, String serial) {
        record(request, request.origin(), "signed", serial);
    }

    /** The socket's verified origin when the request named another one (the audit records what is known). */
    private Optional<String> verifiedOtherThanClaimed(SignRequest request) {
        if (connections == null) {
            return Optional.empty();
        }
        return connections
                .verifiedOrigin(request.connectionId())
                .filter(verified -> !verified.equals(request.origin()));
    }

    private void record(SignRequest request, String origin, String outcome, String serial) {
        Connections.Call call = connections == null
                ? null
                : connections.currentCall(request.connectionId()).orElse(null);
        audit.record(new AuditEvent(
                clock.instant(),
                origin,
                request.connectionId(),
                call == null ? null : call.module(),
                call == null ? null : call.method(),
                request.format().name(),
                outcome,
                serial));
    }

    private static String printable(String value) {
        return value == null ? "(none)" : value.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
