package kz.qoltanba.bridge.cli;

import kz.qoltanba.bridge.catalog.ModuleHashMismatchException;
import kz.qoltanba.bridge.catalog.ModuleNotListedException;
import kz.qoltanba.bridge.catalog.RequiredModuleException;
import kz.qoltanba.bridge.catalog.StaleCatalogException;
import kz.qoltanba.bridge.catalog.UntrustedCatalogException;

/** The catalog failures that are a failed check (exit 1), not a runtime failure: the host refused something. */
final class CatalogRefusals {
    private CatalogRefusals() {}

    static boolean isRefusal(Throwable failure) {
        return failure instanceof UntrustedCatalogException
                || failure instanceof ModuleHashMismatchException
                || failure instanceof ModuleNotListedException
                || failure instanceof RequiredModuleException
                || failure instanceof StaleCatalogException;
    }
}
