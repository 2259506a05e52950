package kz.qoltanba.portal.standins;

/** An external register did not answer, or answered something unreadable. */
public final class StandInUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StandInUnavailableException(String system, String detail, Throwable cause) {
        super(system + " is unavailable: " + detail, cause);
    }
}
