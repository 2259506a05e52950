package kz.qoltanba.signing.validation;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.qoltanba.signing.cert.KeyPurpose;

/**
 * What a verification trusts and how strict it is.
 *
 * @param trustAnchors certificates trusted as chain ends; intermediates may be anchors too
 * @param extraCertificates certificates that may help build chains (intermediates, OCSP responders)
 * @param crls CRLs the caller supplies (base or delta); used before anything is fetched
 * @param ocspResponses DER OCSPResponse structures the caller supplies; they carry no nonce of ours, so
 *     only their signature, responder and freshness are checked
 * @param revocationPolicy HARD, SOFT or OFF
 * @param requiredKeyPurpose the purpose the signer's key must permit, if any ({@link KeyPurpose#BOTH}
 *     permits AUTH and SIGN)
 * @param clock the validation instant; validity is judged at a valid timestamp's time when there is one
 * @param requireOcspNonce when true (the default), an OCSP response to a request of ours that does not
 *     echo our nonce is rejected as a possible replay; a responder that never sends nonces (pre-produced
 *     responses) then needs this set to false, and freshness still limits replays
 * @param maxRevocationAge how old an OCSP response or CRL without nextUpdate may be
 * @param allowedClockSkew tolerance for thisUpdate slightly in the future
 */
public record VerificationOptions(
        List<X509Certificate> trustAnchors,
        List<X509Certificate> extraCertificates,
        List<X509CRL> crls,
        List<byte[]> ocspResponses,
        RevocationPolicy revocationPolicy,
        Optional<KeyPurpose> requiredKeyPurpose,
        Clock clock,
        boolean requireOcspNonce,
        Duration maxRevocationAge,
        Duration allowedClockSkew) {
    public VerificationOptions {
        trustAnchors = List.copyOf(trustAnchors);
        extraCertificates = List.copyOf(extraCertificates);
        crls = List.copyOf(crls);
        ocspResponses = ocspResponses.stream().map(byte[]::clone).toList();
        Objects.requireNonNull(revocationPolicy, "revocationPolicy");
        Objects.requireNonNull(requiredKeyPurpose, "requiredKeyPurpose");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(maxRevocationAge, "maxRevocationAge");
        Objects.requireNonNull(allowedClockSkew, "allowedClockSkew");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: no anchors, revocation HARD, no purpose required, system clock, nonce required. */
    public static final class Builder {
        private final List<X509Certificate> trustAnchors = new ArrayList<>();
        private final List<X509Certificate> extraCertificates = new ArrayList<>();
        private final List<X509CRL> crls = new ArrayList<>();
        private final List<byte[]> ocspResponses = new ArrayList<>();
        private RevocationPolicy revocationPolicy = RevocationPolicy.HARD;
        private KeyPurpose requiredKeyPurpose;
        private Clock clock = Clock.systemUTC();
        private boolean requireOcspNonce = true;
        private Duration maxRevocationAge = Duration.ofDays(1);
        private Duration allowedClockSkew = Duration.ofMinutes(5);

        private Builder() {}

        public Builder trustAnchor(X509Certificate anchor) {
            trustAnchors.add(Objects.requireNonNull(anchor, "trustAnchor"));
            return this;
        }

        public Builder extraCertificate(X509Certificate certificate) {
            extraCertificates.add(Objects.requireNonNull(certificate, "extraCertificate"));
            return this;
        }

        public Builder crl(X509CRL crl) {
            crls.add(Objects.requireNonNull(crl, "crl"));
            return this;
        }

        public Builder ocspResponse(byte[] derOcspResponse) {
            ocspResponses.add(Objects.requireNonNull(derOcspResponse, "ocspResponse"));
            return this;
        }

        public Builder revocationPolicy(RevocationPolicy policy) {
            this.revocationPolicy = policy;
            return this;
        }

        public Builder requiredKeyPurpose(KeyPurpose purpose) {
            this.requiredKeyPurpose = purpose;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder requireOcspNonce(boolean require) {
            this.requireOcspNonce = require;
            return this;
        }

        public Builder maxRevocationAge(Duration age) {
            this.maxRevocationAge = age;
            return this;
        }

        public Builder allowedClockSkew(Duration skew) {
            this.allowedClockSkew = skew;
            return this;
        }

        public VerificationOptions build() {
            return new VerificationOptions(
                    trustAnchors,
                    extraCertificates,
                    crls,
                    ocspResponses,
                    revocationPolicy,
                    Optional.ofNullable(requiredKeyPurpose),
                    clock,
                    requireOcspNonce,
                    maxRevocationAge,
                    allowedClockSkew);
        }
    }
}
