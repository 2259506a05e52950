package kz.qoltanba.signing.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signer certificate's revocation status, from the first conclusive source: the caller's OCSP
 * responses, the caller's CRLs, the cache, the OCSP responders named in the certificate, then its CRL
 * distribution points (with their delta CRLs). Only the signer's certificate is checked; the CA
 * certificates of the chain are not (see the package documentation of known limits).
 */
final class RevocationChecker {
    private static final Logger LOG = LoggerFactory.getLogger(RevocationChecker.class);

    private final RevocationTransport transport;
    private final OcspClient ocsp;
    private final RevocationCache cache;

    RevocationChecker(RevocationTransport transport, SecureRandom random, RevocationCache cache) {
        this.transport = transport;
        this.ocsp = new OcspClient(transport, random);
        this.cache = cache;
    }

    Finding check(X509Certificate leaf, List<X509Certificate> chain, Instant judgedAt, VerificationOptions options) {
        if (options.revocationPolicy() == RevocationPolicy.OFF) {
            return Finding.skipped(CheckName.REVOCATION, "revocation policy OFF");
        }
        if (chain.size() == 1) {
            return Finding.skipped(CheckName.REVOCATION, "the signer's certificate is itself a trust anchor");
        }
        if (chain.isEmpty()) {
            return missing(options, "no chain, so the issuer whose revocation data applies is unknown");
        }
        X509Certificate issuer = chain.get(1);
        List<RevocationAnswer> answers = new ArrayList<>();
        Optional<RevocationAnswer> conclusive = answer(leaf, issuer, options, answers);
        if (conclusive.isPresent()) {
            return judge(conclusive.get(), judgedAt);
        }
        answers.forEach(
                a -> LOG.debug("revocation source of {} gave no answer: {}", leaf.getSerialNumber(), a.description()));
        String reasons = String.join(
                "; ", answers.stream().map(RevocationAnswer::description).toList());
        boolean invalid = answers.stream().anyMatch(a -> a.kind() == RevocationAnswer.Kind.INVALID);
        if (invalid) {
            return Finding.unchecked(CheckName.REVOCATION, SubIndication.REVOCATION_UNAVAILABLE, reasons);
        }
        return missing(options, reasons.isEmpty() ? "the certificate names no OCSP responder or CRL" : reasons);
    }

    private Optional<RevocationAnswer> answer(
            X509Certificate leaf, X509Certificate issuer, VerificationOptions options, List<RevocationAnswer> log) {
        Instant now = options.clock().instant();
        for (byte[] supplied : options.ocspResponses()) {
            RevocationAnswer a = OcspResponseCheck.evaluate(supplied, leaf, issuer, null, options);
            if (a.isConclusive()) {
                return Optional.of(a);
            }
        }
        if (!options.crls().isEmpty()) {
            RevocationAnswer a = CrlEvaluation.evaluate(options.crls(), leaf, issuer, options);
            if (a.isConclusive()) {
                return Optional.of(a);
            }
            log.add(a);
        }
        String key = "ocsp:" + issuer.getSubjectX500Principal().getName() + ":" + leaf.getSerialNumber();
        Optional<RevocationAnswer> cached = cache.get(key, RevocationAnswer.class, now);
        if (cached.isPresent()) {
            return cached;
        }
        for (URI responder : RevocationUrls.ocsp(leaf)) {
            RevocationAnswer a = ocsp.ask(responder, leaf, issuer, options);
            if (a.isConclusive()) {
                cache.put(key, a, now, a.nextUpdate());
                return Optional.of(a);
            }
            log.add(a);
        }
        List<X509CRL> fetched = fetchCrls(RevocationUrls.crl(leaf), now, log);
        if (!fetched.isEmpty()) {
            java.util.Set<URI> deltaUrls = new java.util.LinkedHashSet<>(RevocationUrls.deltas(leaf));
            for (X509CRL base : fetched) {
                deltaUrls.addAll(RevocationUrls.deltas(base));
            }
            List<X509CRL> withDeltas = new ArrayList<>(fetched);
            withDeltas.addAll(fetchCrls(List.copyOf(deltaUrls), now, log));
            RevocationAnswer a = CrlEvaluation.evaluate(withDeltas, leaf, issuer, options);
            if (a.isConclusive()) {
                return Optional.of(a);
            }
            log.add(a);
        }
        return Optional.empty();
    }

    private List<X509CRL> fetchCrls(List<URI> urls, Instant now, List<RevocationAnswer> log) {
        List<X509CRL> out = new ArrayList<>();
        for (URI url : urls) {
            String key = "crl:" + url;
            Optional<X509CRL> cached = cache.get(key, X509CRL.class, now);
            if (cached.isPresent()) {
                out.add(cached.get());
                continue;
            }
            try {
                X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                        .generateCRL(new ByteArrayInputStream(transport.get(url)));
                cache.put(
                        key, crl, now, Optional.ofNullable(crl.getNextUpdate()).map(java.util.Date::toInstant));
                out.add(crl);
            } catch (IOException e) {
                log.add(RevocationAnswer.unreachable("CRL " + url + " unreachable: " + e.getMessage()));
            } catch (CRLException | CertificateException | ClassCastException e) {
                log.add(RevocationAnswer.invalid("CRL " + url + " is malformed: " + e.getMessage()));
            }
        }
        return out;
    }

    private static Finding judge(RevocationAnswer answer, Instant judgedAt) {
        if (answer.kind() == RevocationAnswer.Kind.GOOD) {
            return Finding.passed(CheckName.REVOCATION, answer.description());
        }
        Instant revokedAt = answer.revokedAt().orElseThrow();
        if (revokedAt.isAfter(judgedAt)) {
            return Finding.passed(
                    CheckName.REVOCATION,
                    answer.description() + " at " + revokedAt + ", after the judged signing time " + judgedAt);
        }
        return Finding.failed(
                CheckName.REVOCATION,
                SubIndication.REVOKED,
                answer.description() + " at " + revokedAt + ", at or before the judged signing time " + judgedAt);
    }

    private static Finding missing(VerificationOptions options, String reason) {
        return options.revocationPolicy() == RevocationPolicy.HARD
                ? Finding.unchecked(CheckName.REVOCATION, SubIndication.REVOCATION_UNAVAILABLE, reason)
                : Finding.skipped(CheckName.REVOCATION, "revocation policy SOFT: " + reason);
    }
}
