package kz.qoltanba.signing.xml;

/** XML canonicalization methods for signing, with their W3C URIs. */
public enum Canonicalization {
    EXCLUSIVE("http://www.w3.org/2001/10/xml-exc-c14n#"),
    EXCLUSIVE_WITH_COMMENTS("http://www.w3.org/2001/10/xml-exc-c14n#WithComments"),
    INCLUSIVE("http://www.w3.org/TR/2001/REC-xml-c14n-20010315"),
    INCLUSIVE_WITH_COMMENTS("http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments");

    private final String uri;

    Canonicalization(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }
}
