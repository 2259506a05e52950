package kz.qoltanba.bridge.tls;

import java.util.List;

/** A place where a browser keeps the certificate authorities it trusts: one or more NSS databases. */
interface TrustTarget {
    /** A short name for reports, e.g. {@code Chromium}. */
    String name();

    /** The databases this target has now; with {@code create}, a target that must exist is created first. */
    List<NssDatabase> databases(boolean create) throws TrustStoreException;

    /** Where this target would keep its database, for a report when it has none. */
    String location();
}
