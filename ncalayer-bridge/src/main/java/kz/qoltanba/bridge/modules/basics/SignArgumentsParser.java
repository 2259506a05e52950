package kz.qoltanba.bridge.modules.basics;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.qoltanba.bridge.modules.Base64Text;
import kz.qoltanba.bridge.modules.Certificates;
import kz.qoltanba.bridge.modules.Locales;
import kz.qoltanba.bridge.modules.StorageNames;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.xml.SafeXml;

/**
 * Reads the named arguments of {@code sign}. Wrong types and values are {@code INVOCATION_ERROR}; a missing
 * {@code format} or {@code data} is {@code GENERAL_ERROR}; data that cannot be decoded (bad base64, XML that
 * is not well-formed) is {@code SIGNING_FAILURE}. Nothing is asked of the user before all of it passes.
 */
final class SignArgumentsParser {
    static final int MAX_LOGO_CHARS = 50_000;
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    SignArguments parse(JsonNode args) throws BasicsException {
        String format = requiredString(args, "format");
        SignatureFormat base = switch (format) {
            case "cms" -> SignatureFormat.CMS;
            case "xml" -> SignatureFormat.XML;
            case "raw" -> SignatureFormat.RAW;
            default -> throw BasicsException.invocation("The argument 'format' must be cms, xml or raw.");
        };
        List<String> data = data(args);
        JsonNode signing = object(args, "signingParams");
        boolean decode = bool(signing, "decode", false);
        boolean encapsulate = bool(signing, "encapsulate", true);
        boolean digested = bool(signing, "digested", false);
        boolean outputCert = bool(signing, "outputCert", false);
        boolean timestamp = tsaProfile(signing);
        if ((digested || timestamp) && base != SignatureFormat.CMS) {
            throw BasicsException.invocation("signingParams.digested and tsaProfile apply to format cms only.");
        }
        KeyFilter filter = filter(args);
        String locale = locale(args);
        byte[] logo = logo(args);
        List<byte[]> documents = new ArrayList<>();
        for (String document : data) {
            documents.add(digested || decode ? base64(document) : document.getBytes(StandardCharsets.UTF_8));
        }
        if (digested) {
            for (byte[] digest : documents) {
                if (digest.length != 32 && digest.length != 64) {
                    throw BasicsException.invocation("A digest has " + digest.length
                            + " bytes; SHA-256, GOST 34.311 and Streebog-256 have 32, Streebog-512 has 64.");
                }
            }
        }
        if (base == SignatureFormat.XML) {
            for (byte[] xml : documents) {
                checkXml(xml);
            }
        }
        SignatureFormat formatToSign = digested ? SignatureFormat.CMS_OVER_DIGEST : base;
        return new SignArguments(
                formatToSign, documents, filter, encapsulate && !digested, timestamp, outputCert, locale, logo);
    }

    private static List<String> data(JsonNode args) throws BasicsException {
        JsonNode data = args.get("data");
        if (data == null || data.isNull()) {
            throw new BasicsException(
                    BasicsException.Code.GENERAL_ERROR, "missing data", "The argument 'data' is missing.");
        }
        if (data.isTextual()) {
            return List.of(data.asText());
        }
        if (!data.isArray() || data.isEmpty()) {
            throw BasicsException.invocation("The argument 'data' must be a string or a non-empty array of strings.");
        }
        List<String> documents = new ArrayList<>();
        for (JsonNode element : data) {
            if (!element.isTextual()) {
                throw BasicsException.invocation("Every element of 'data' must be a string.");
            }
            documents.add(element.asText());
        }
        return documents;
    }

    private static KeyFilter filter(JsonNode args) throws BasicsException {
        List<String> storages = storages(args);
        JsonNode signer = object(args, "signerParams");
        JsonNode oids = signer.get("extKeyUsageOids");
        if (oids == null || !oids.isArray()) {
            throw BasicsException.invocation("signerParams.extKeyUsageOids must be present: an array of OIDs.");
        }
        List<String> ekus = new ArrayList<>();
        for (JsonNode oid : oids) {
            if (!oid.isTextual() || !OID.matcher(oid.asText()).matches()) {
                throw BasicsException.invocation("signerParams.extKeyUsageOids holds something that is not an OID.");
            }
            ekus.add(oid.asText());
        }
        String iin = optionalString(signer, "iin", TWELVE_DIGITS, "12 digits");
        String bin = optionalString(signer, "bin", TWELVE_DIGITS, "12 digits");
        String serial = optionalString(signer, "serialNumber", HEX, "hexadecimal");
        return new KeyFilter(
                storages,
                KeyPurpose.ANY,
                ekus,
                iin,
                bin,
                serial == null ? null : serial.toLowerCase(Locale.ROOT),
                chain(signer));
    }

    private static List<String> storages(JsonNode args) throws BasicsException {
        JsonNode allowed = args.get("allowedStorages");
        if (allowed == null || allowed.isNull()) {
            return List.of();
        }
        if (!allowed.isArray()) {
            throw BasicsException.invocation("The argument 'allowedStorages' must be an array of storage names.");
        }
        List<String> storages = new ArrayList<>();
        for (JsonNode name : allowed) {
            if (!name.isTextual() || !StorageNames.isKnown(name.asText())) {
                throw BasicsException.invocation("'allowedStorages' holds an unknown storage name.");
            }
            storages.add(name.asText());
        }
        return storages;
    }

    private static List<X509Certificate> chain(JsonNode signer) throws BasicsException {
        JsonNode chain = signer.get("chain");
        if (chain == null || chain.isNull()) {
            return null;
        }
        if (!chain.isArray()) {
            throw BasicsException.invocation("signerParams.chain must be an array of PEM certificates.");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (JsonNode pem : chain) {
            try {
                if (!pem.isTextual()) {
                    throw new CertificateException("not text");
                }
                certificates.add(Certificates.fromPem(pem.asText()));
            } catch (CertificateException e) {
                throw BasicsException.invocation(
                        "signerParams.chain[" + certificates.size() + "] is not a PEM certificate.");
            }
        }
        return certificates;
    }

    private static String locale(JsonNode args) throws BasicsException {
        JsonNode locale = args.get("locale");
        if (locale == null || locale.isNull()) {
            return "kk";
        }
        if (!locale.isTextual()) {
            throw BasicsException.invocation("The argument 'locale' must be kk, ru or en.");
        }
        return Locales.normalise(locale.asText())
                .orElseThrow(() -> BasicsException.invocation("The argument 'locale' must be kk, ru or en."));
    }

    private static byte[] logo(JsonNode args) throws BasicsException {
        JsonNode logo = args.get("logo");
        if (logo == null || logo.isNull()) {
            return null;
        }
        if (!logo.isTextual() || logo.asText().length() > MAX_LOGO_CHARS) {
            throw BasicsException.invocation("The argument 'logo' must be a base64 image of at most 50000 characters.");
        }
        String text = logo.asText().strip();
        int comma = text.indexOf(',');
        if (text.startsWith("data:image/") && comma > 0) {
            text = text.substring(comma + 1);
        }
        byte[] image;
        try {
            image = Base64.getDecoder().decode(text.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw BasicsException.invocation("The argument 'logo' is not valid base64.");
        }
        if (!ImageSignatures.isImage(image)) {
            throw BasicsException.invocation("The argument 'logo' is not a PNG, JPEG, GIF or BMP image.");
        }
        return image;
    }

    private static boolean tsaProfile(JsonNode signing) throws BasicsException {
        JsonNode profile = signing.get("tsaProfile");
        if (profile == null || profile.isNull()) {
            return false;
        }
        if (!profile.isObject()) {
            throw BasicsException.invocation("signingParams.tsaProfile must be an object.");
        }
        return true;
    }

    private static JsonNode object(JsonNode args, String name) throws BasicsException {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!value.isObject()) {
            throw BasicsException.invocation("The argument '" + name + "' must be an object.");
        }
        return value;
    }

    private static boolean bool(JsonNode parent, String name, boolean fallback) throws BasicsException {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw BasicsException.invocation("The argument '" + name + "' must be true or false.");
        }
        return value.asBoolean();
    }

    private static String requiredString(JsonNode args, String name) throws BasicsException {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            throw new BasicsException(
                    BasicsException.Code.GENERAL_ERROR, "missing " + name, "The argument '" + name + "' is missing.");
        }
        if (!value.isTextual()) {
            throw BasicsException.invocation("The argument '" + name + "' must be a string.");
        }
        return value.asText();
    }

    private static String optionalString(JsonNode parent, String name, Pattern pattern, String what)
            throws BasicsException {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !pattern.matcher(value.asText()).matches()) {
            throw BasicsException.invocation("signerParams." + name + " must be " + what + ".");
        }
        return value.asText();
    }

    private static byte[] base64(String text) throws BasicsException {
        return Base64Text.decode(text)
                .orElseThrow(() -> new BasicsException(
                        BasicsException.Code.SIGNING_FAILURE, "bad base64", "The data is not valid base64."));
    }

    private static void checkXml(byte[] xml) throws BasicsException {
        try {
            SafeXml.parse(xml);
        } catch (SigningException e) {
            throw new BasicsException(
                    BasicsException.Code.SIGNING_FAILURE,
                    "bad xml",
                    "The data is not well-formed XML, or it has a DOCTYPE declaration, which is not allowed.");
        }
    }
}
