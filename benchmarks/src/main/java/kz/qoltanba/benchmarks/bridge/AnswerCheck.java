package kz.qoltanba.benchmarks.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.signing.cms.CmsEncoding;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.RevocationTransport;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Judges every answer: a basics success envelope with one PEM CMS whose verification (chain to the
 * development root, revocation from the supplied CRL) is TOTAL_PASSED and whose encapsulated content is
 * exactly the document that was sent.
 */
final class AnswerCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many answers passed, and a few distinct reasons for those that did not. */
    record Verdict(int valid, int invalid, Set<String> reasons) {}

    private final CmsVerifier verifier;
    private final VerificationOptions options;

    AnswerCheck(VerificationOptions options) {
        this.verifier = CmsVerifier.create(RevocationTransport.offline(), new SecureRandom(), Duration.ofMinutes(15));
        this.options = options;
    }

    Verdict judge(List<SocketLoad.Answer> answers) {
        AtomicInteger valid = new AtomicInteger();
        AtomicInteger invalid = new AtomicInteger();
        Set<String> reasons = ConcurrentHashMap.newKeySet();
        answers.parallelStream().filter(answer -> answer.response() != null).forEach(answer -> {
            Optional<String> problem = problem(answer);
            if (problem.isEmpty()) {
                valid.incrementAndGet();
            } else {
                invalid.incrementAndGet();
                if (reasons.size() < 5) {
                    reasons.add(problem.get());
                }
            }
        });
        return new Verdict(valid.get(), invalid.get(), Set.copyOf(reasons));
    }

    private Optional<String> problem(SocketLoad.Answer answer) {
        try {
            JsonNode response = JSON.readTree(answer.response());
            if (!response.path("status").asBoolean(false)) {
                return Optional.of("not a success: " + abbreviate(answer.response()));
            }
            JsonNode result = response.path("body").path("result");
            if (!result.isArray() || result.size() != 1) {
                return Optional.of("result is not a one-element array: " + abbreviate(answer.response()));
            }
            byte[] cms = CmsEncoding.decode(result.get(0).asText());
            ValidationReport report = verifier.verify(cms, Optional.empty(), options);
            if (report.indication() != Indication.TOTAL_PASSED) {
                return Optional.of("verification " + report.indication() + " " + report.subIndication());
            }
            byte[] content = (byte[]) new CMSSignedData(cms).getSignedContent().getContent();
            if (!Arrays.equals(content, answer.document())) {
                return Optional.of("the signed content is not the document that was sent");
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
