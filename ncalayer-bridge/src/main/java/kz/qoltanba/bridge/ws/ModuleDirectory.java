package kz.qoltanba.bridge.ws;

import java.util.Optional;
import java.util.SortedSet;
import kz.qoltanba.bridge.spi.NcaModule;

/** The modules currently available, by wire name. The Felix host keeps it current from the service registry. */
public interface ModuleDirectory {
    Optional<NcaModule> find(String wireName);

    SortedSet<String> names();
}
