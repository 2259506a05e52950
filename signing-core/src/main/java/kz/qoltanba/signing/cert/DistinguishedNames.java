package kz.qoltanba.signing.cert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reads attribute values from X.500 names and renders names as RFC 4514 strings. */
final class DistinguishedNames {
    /**
     * Names for attribute types: the RFC 4514 keywords, plus long names that both the JDK's
     * X500Principal and Bouncy Castle parse back. Anything else is written as a dotted OID.
     */
    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.ofEntries(
            Map.entry(BCStyle.CN, "CN"),
            Map.entry(BCStyle.C, "C"),
            Map.entry(BCStyle.L, "L"),
            Map.entry(BCStyle.ST, "ST"),
            Map.entry(BCStyle.STREET, "STREET"),
            Map.entry(BCStyle.O, "O"),
            Map.entry(BCStyle.OU, "OU"),
            Map.entry(BCStyle.DC, "DC"),
            Map.entry(BCStyle.UID, "UID"),
            Map.entry(BCStyle.T, "T"),
            Map.entry(BCStyle.SURNAME, "SURNAME"),
            Map.entry(BCStyle.GIVENNAME, "GIVENNAME"),
            Map.entry(BCStyle.SERIALNUMBER, "SERIALNUMBER"),
            Map.entry(BCStyle.EmailAddress, "EMAILADDRESS"),
            Map.entry(BCStyle.BUSINESS_CATEGORY, "BUSINESSCATEGORY"));

    private DistinguishedNames() {}

    /** RFC 4514 form: RDNs from last to first, separated by commas; multi-valued RDNs joined by '+'. */
    static String toRfc4514(X500Name name) {
        RDN[] rdns = name.getRDNs();
        StringBuilder out = new StringBuilder();
        for (int i = rdns.length - 1; i >= 0; i--) {
            if (out.length() > 0) {
                out.append(',');
            }
            AttributeTypeAndValue[] values = rdns[i].getTypesAndValues();
            for (int j = 0; j < values.length; j++) {
                if (j > 0) {
                    out.append('+');
                }
                ASN1ObjectIdentifier type = values[j].getType();
                out.append(NAMES.getOrDefault(type, type.getId()))
                        .append('=')
                        .append(IETFUtils.valueToString(values[j].getValue()));
            }
        }
        return out.toString();
    }

    /** Every value of one attribute type, as text, in the order the name holds them. */
    static List<String> values(X500Name name, ASN1ObjectIdentifier type) {
        List<String> result = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                if (value.getType().equals(type)) {
                    result.add(text(value.getValue()));
                }
            }
        }
        return result;
    }

    /** The first value of one attribute type, or null. */
    static String first(X500Name name, ASN1ObjectIdentifier type) {
        List<String> all = values(name, type);
        return all.isEmpty() ? null : all.get(0);
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : IETFUtils.valueToString(value);
    }
}
