package kz.qoltanba.bridge.modules.accessory;

import java.util.Map;
import java.util.SortedSet;

/** What is installed, as the accessory module reports it. */
public interface Inventory {
    /** Installed bundles other than the framework: symbolic name to version. */
    Map<String, String> bundles();

    /** The wire names of every registered module. */
    SortedSet<String> modules();
}
