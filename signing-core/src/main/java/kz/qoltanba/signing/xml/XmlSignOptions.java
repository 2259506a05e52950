package kz.qoltanba.signing.xml;

import java.util.Map;
import java.util.Objects;

/**
 * How to sign an XML document.
 *
 * @param target what the signature covers: the whole document, the element with an Id, or the element an
 *     XPath expression selects
 * @param targetValue the Id value or the XPath expression; empty for {@link Target#WHOLE_DOCUMENT}
 * @param canonicalization the c14n of SignedInfo and of the reference
 * @param parentXPath XPath of the element the {@code ds:Signature} is appended to; null for the default:
 *     the signed element (the document element when the whole document is signed)
 * @param namespaces prefix to namespace URI for the prefixes used in the XPath expressions
 * @param includeChain whether KeyInfo carries the signer's whole chain (leaf first) or only its certificate
 * @param excludeOtherSignatures whether the reference leaves out every {@code ds:Signature} of the document
 *     (an XPath Filter 2.0 transform), so that co-signatures added later do not break this one; false gives
 *     the plain enveloped form that Kalkan produces
 */
public record XmlSignOptions(
        Target target,
        String targetValue,
        Canonicalization canonicalization,
        String parentXPath,
        Map<String, String> namespaces,
        boolean includeChain,
        boolean excludeOtherSignatures) {

    /** What a signature's reference covers. */
    public enum Target {
        WHOLE_DOCUMENT,
        ID,
        XPATH
    }

    public XmlSignOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(canonicalization, "canonicalization");
        targetValue = targetValue == null ? "" : targetValue;
        if (target != Target.WHOLE_DOCUMENT && targetValue.isBlank()) {
            throw new IllegalArgumentException("targetValue: a " + target + " reference needs a value");
        }
        namespaces = namespaces == null ? Map.of() : Map.copyOf(namespaces);
    }

    /** The whole document ({@code URI=""}), exclusive c14n, certificate only, co-signable. */
    public static XmlSignOptions wholeDocument() {
        return new XmlSignOptions(Target.WHOLE_DOCUMENT, "", Canonicalization.EXCLUSIVE, null, Map.of(), false, true);
    }

    /** The element whose {@code Id} (or {@code ID}, {@code id}) attribute has this value. */
    public static XmlSignOptions byId(String id) {
        return wholeDocument().withTarget(Target.ID, id);
    }

    /** The single element this XPath expression selects (evaluated from the document root). */
    public static XmlSignOptions byXPath(String expression) {
        return wholeDocument().withTarget(Target.XPATH, expression);
    }

    public XmlSignOptions withTarget(Target newTarget, String value) {
        return new XmlSignOptions(
                newTarget, value, canonicalization, parentXPath, namespaces, includeChain, excludeOtherSignatures);
    }

    public XmlSignOptions withCanonicalization(Canonicalization value) {
        return new XmlSignOptions(
                target, targetValue, value, parentXPath, namespaces, includeChain, excludeOtherSignatures);
    }

    public XmlSignOptions withParentXPath(String value) {
        return new XmlSignOptions(
                target, targetValue, canonicalization, value, namespaces, includeChain, excludeOtherSignatures);
    }

    public XmlSignOptions withNamespaces(Map<String, String> value) {
        return new XmlSignOptions(
                target, targetValue, canonicalization, parentXPath, value, includeChain, excludeOtherSignatures);
    }

    public XmlSignOptions withChain(boolean value) {
        return new XmlSignOptions(
                target, targetValue, canonicalization, parentXPath, namespaces, value, excludeOtherSignatures);
    }

    public XmlSignOptions withExcludeOtherSignatures(boolean value) {
        return new XmlSignOptions(target, targetValue, canonicalization, parentXPath, namespaces, includeChain, value);
    }
}
