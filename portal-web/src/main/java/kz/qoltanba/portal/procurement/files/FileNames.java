package kz.qoltanba.portal.procurement.files;

/** Makes a client's file name safe to store and show: last path segment, no control characters, ≤ 255. */
final class FileNames {
    private FileNames() {}

    static String clean(String unverified) {
        String name = unverified == null ? "" : unverified;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }
}
