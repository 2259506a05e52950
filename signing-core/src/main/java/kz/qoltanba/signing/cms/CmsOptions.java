package kz.qoltanba.signing.cms;

import java.time.Clock;
import java.util.Objects;
import kz.qoltanba.signing.tsp.TimestampClient;

/**
 * How a {@link CmsSigner} signs.
 *
 * @param detached leave the content out of the SignedData ({@link CmsSigner#sign(byte[])} only; stream
 *     and digest signing are always detached)
 * @param includeChain embed the key's whole chain, not just the signer certificate
 * @param clock the source of the signingTime attribute
 * @param timestamps the TSA client that makes each new signature CAdES-T, or null for CAdES-B
 */
public record CmsOptions(boolean detached, boolean includeChain, Clock clock, TimestampClient timestamps) {
    public CmsOptions {
        Objects.requireNonNull(clock, "clock");
    }

    /** Attached, whole chain, system clock, no time-stamp. */
    public static CmsOptions defaults() {
        return new CmsOptions(false, true, Clock.systemUTC(), null);
    }

    public CmsOptions withDetached(boolean value) {
        return new CmsOptions(value, includeChain, clock, timestamps);
    }

    public CmsOptions withIncludeChain(boolean value) {
        return new CmsOptions(detached, value, clock, timestamps);
    }

    public CmsOptions withClock(Clock value) {
        return new CmsOptions(detached, includeChain, value, timestamps);
    }

    public CmsOptions withTimestamps(TimestampClient value) {
        return new CmsOptions(detached, includeChain, clock, value);
    }
}
