package kz.qoltanba.portal.signing;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.signing.cert.KeyPurpose;

/**
 * The JSON a {@code data-qs-issue} URL answers, which {@code qoltanba-sign.js} understands: the request
 * ({@code id, format, data, expiresAt}) plus what the signing app needs to offer only suitable keys —
 * {@code keyType} for commonUtils, {@code extKeyUsageOids}, {@code iin}, {@code bin} and {@code chain} (PEM CA
 * certificates the portal trusts) for basics. The server re-checks everything; the filters only spare the user a
 * refused signature.
 */
public final class SignRequestJson {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final String INDIVIDUAL = "1.2.398.3.3.4.1.1";
    private static final String LEGAL = "1.2.398.3.3.4.1.2";

    private SignRequestJson() {}

    public static Map<String, Object> of(IssuedRequest request, SignerRule rule, SigningSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", request.id().toString());
        json.put("format", request.format());
        json.put("data", request.data());
        json.put("expiresAt", request.expiresAt().toString());
        json.put("keyType", rule.purpose() == KeyPurpose.AUTH ? "AUTHENTICATION" : "SIGNATURE");
        json.put("extKeyUsageOids", oids(rule));
        json.put("iin", rule.iin());
        json.put("bin", rule.bin());
        json.put("chain", chain(settings));
        return json;
    }

    private static List<String> oids(SignerRule rule) {
        List<String> oids = new ArrayList<>();
        oids.add(rule.purpose() == KeyPurpose.AUTH ? CLIENT_AUTH : EMAIL_PROTECTION);
        if (rule.subject() == SubjectKind.LEGAL) {
            oids.add(LEGAL);
        } else if (rule.subject() == SubjectKind.INDIVIDUAL) {
            oids.add(INDIVIDUAL);
        }
        return oids;
    }

    private static List<String> chain(SigningSettings settings) {
        List<String> pems = new ArrayList<>();
        for (X509Certificate certificate : settings.trustAnchors()) {
            pems.add(pem(certificate));
        }
        for (X509Certificate certificate : settings.intermediates()) {
            pems.add(pem(certificate));
        }
        return pems;
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a trust anchor", e);
        }
    }
}
