package kz.qoltanba.bridge.ws;

import java.util.Optional;
import java.util.SortedSet;
import kz.qoltanba.bridge.spi.NcaModule;

/** The modules currently available, by wire name. The Felix host keeps it current from the service registry. */
public interface ModuleDirectory {
    Optional<NcaModule> find(String wireName);

    SortedSet<String> names();

    /** A socket closed: what the modules' host kept for it (e.g. progress windows left open) can go. */
    default void connectionClosed(String connectionId) {
        // nothing is kept per socket
    }
}
