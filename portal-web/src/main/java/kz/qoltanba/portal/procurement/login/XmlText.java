package kz.qoltanba.portal.procurement.login;

/** Escapes text for XML element content. */
final class XmlText {
    private XmlText() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
