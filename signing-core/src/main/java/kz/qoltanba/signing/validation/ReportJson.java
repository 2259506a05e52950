package kz.qoltanba.signing.validation;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.cert.CertificateInfo;

/** A small JSON writer for reports; signing-core carries no JSON library. */
final class ReportJson {
    private final StringBuilder out = new StringBuilder();

    private ReportJson() {}

    static String write(ValidationReport report) {
        ReportJson json = new ReportJson();
        json.report(report);
        return json.out.toString();
    }

    private void report(ValidationReport report) {
        out.append('{');
        field("indication", report.indication().name()).append(',');
        field("subIndication", report.subIndication().map(Enum::name).orElse(null))
                .append(',');
        out.append("\"signers\":[");
        List<SignerReport> signers = report.signers();
        for (int i = 0; i < signers.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            signer(signers.get(i));
        }
        out.append("]}");
    }

    private void signer(SignerReport signer) {
        out.append('{');
        field("indication", signer.indication().name()).append(',');
        field("subIndication", signer.subIndication().map(Enum::name).orElse(null))
                .append(',');
        out.append("\"certificate\":");
        certificate(signer.certificate());
        out.append(",\"holder\":");
        holder(signer.certificateInfo());
        out.append(",\"chain\":[");
        for (int i = 0; i < signer.chain().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(SignerVerification.subject(signer.chain().get(i)));
        }
        out.append("],");
        field(
                        "claimedSigningTime",
                        signer.claimedSigningTime().map(Object::toString).orElse(null))
                .append(',');
        field("timestampTime", signer.timestampTime().map(Object::toString).orElse(null))
                .append(',');
        field("judgedAt", signer.judgedAt().toString()).append(',');
        out.append("\"checks\":[");
        for (int i = 0; i < signer.checks().size(); i++) {
            CheckResult check = signer.checks().get(i);
            out.append(i > 0 ? ",{" : "{");
            field("name", check.name().name()).append(',');
            field("outcome", check.outcome().name()).append(',');
            field("reason", check.reason()).append('}');
        }
        out.append("]}");
    }

    private void certificate(Optional<X509Certificate> certificate) {
        if (certificate.isEmpty()) {
            out.append("null");
            return;
        }
        X509Certificate c = certificate.get();
        out.append('{');
        field("subject", SignerVerification.subject(c)).append(',');
        field("issuer", SignerVerification.name(c.getIssuerX500Principal())).append(',');
        field("serial", c.getSerialNumber().toString(16)).append(',');
        field("notBefore", c.getNotBefore().toInstant().toString()).append(',');
        field("notAfter", c.getNotAfter().toInstant().toString()).append('}');
    }

    private void holder(Optional<CertificateInfo> info) {
        if (info.isEmpty()) {
            out.append("null");
            return;
        }
        CertificateInfo i = info.get();
        out.append('{');
        field("commonName", i.commonName()).append(',');
        field("iin", i.iin()).append(',');
        field("bin", i.bin()).append(',');
        field("organization", i.organization()).append(',');
        field("subjectType", i.subjectType() == null ? null : i.subjectType().name())
                .append(',');
        field("keyPurpose", i.keyPurpose() == null ? null : i.keyPurpose().name())
                .append(',');
        field("keyAlgorithm", i.keyAlgorithm() == null ? null : i.keyAlgorithm().name())
                .append(',');
        out.append("\"roles\":[");
        for (int r = 0; r < i.roles().size(); r++) {
            if (r > 0) {
                out.append(',');
            }
            string(i.roles().get(r).name());
        }
        out.append("]}");
    }

    private StringBuilder field(String name, String value) {
        string(name);
        out.append(':');
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return out;
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
