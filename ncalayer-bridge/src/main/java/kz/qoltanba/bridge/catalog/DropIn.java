package kz.qoltanba.bridge.catalog;

import java.util.Objects;

/**
 * What became of one jar found in {@code <home>/bundles/}.
 *
 * @param file the jar's file name
 * @param installed true when it matched the catalog and was installed (it is then moved out of the folder)
 * @param detail the installed {@code symbolicName version}, or why it was refused
 */
public record DropIn(String file, boolean installed, String detail) {
    public DropIn {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(detail, "detail");
    }
}
