package kz.qoltanba.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * The JSON form of a certificate shared by {@code cert-info} and {@code keys}: enum values in signing-core's
 * spelling, instants in ISO-8601 UTC with {@code Z}, the serial number in lower-case hex, absent values as
 * {@code null}.
 */
final class CertificateJson {
    private final ObjectMapper mapper;

    CertificateJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The object for one certificate; {@code alias} is added when the certificate came from a key store. */
    ObjectNode of(CertificateInfo info, String alias) {
        ObjectNode node = mapper.createObjectNode();
        if (alias != null) {
            node.put("alias", alias);
        }
        node.put("commonName", info.commonName());
        node.put("iin", info.iin());
        node.put("bin", info.bin());
        node.put("organization", info.organization());
        node.put("email", info.email());
        node.put("subjectType", name(info.subjectType()));
        node.put("keyPurpose", name(info.keyPurpose()));
        strings(node.putArray("roles"), info.roles().stream().map(Enum::name).toList());
        node.put("algorithm", name(info.keyAlgorithm()));
        node.put("keyAlgorithmOid", info.keyAlgorithmOid());
        node.put("notBefore", info.notBefore().toString());
        node.put("notAfter", info.notAfter().toString());
        node.put("subjectDn", info.subjectDn());
        node.put("issuerDn", info.issuerDn());
        node.put("serialNumber", info.serialNumber());
        strings(node.putArray("extendedKeyUsages"), info.extendedKeyUsages());
        strings(
                node.putArray("keyUsages"),
                info.keyUsages().stream().map(Enum::name).toList());
        strings(node.putArray("crlUrls"), info.crlUrls());
        strings(node.putArray("ocspUrls"), info.ocspUrls());
        node.put("isCa", info.isCa());
        return node;
    }

    /** Pretty-printed text of a node, ending with a newline. */
    String write(Object node) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** One readable line per field, for the plain (non-JSON) output. */
    static String text(CertificateInfo info) {
        StringBuilder out = new StringBuilder();
        line(out, "Subject", info.subjectDn());
        line(out, "Issuer", info.issuerDn());
        line(out, "Serial number", info.serialNumber());
        line(out, "IIN", info.iin());
        line(out, "BIN", info.bin());
        line(out, "Organization", info.organization());
        line(out, "Subject type", name(info.subjectType()));
        line(out, "Key purpose", name(info.keyPurpose()));
        line(
                out,
                "Roles",
                String.join(", ", info.roles().stream().map(Enum::name).toList()));
        line(out, "Algorithm", name(info.keyAlgorithm()));
        line(out, "Valid", info.notBefore() + " .. " + info.notAfter());
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("%-14s %s%n", label + ":", value == null || value.isEmpty() ? "-" : value));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
