package kz.qoltanba.portal.social.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.application.ApplicationStatus;
import kz.qoltanba.portal.social.application.RegistryApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two reviewers (or two tabs of one reviewer) acting on the same application at once: exactly one wins. */
class ConcurrentReviewIT {
    private final SocialWorld world = new SocialWorld();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private long application;
    private long productApplication;

    @BeforeEach
    void submitted() {
        world.onboard(world.supplierA);
        long product = world.readyProduct(world.supplierA, "12");
        application = world.submit(world.supplierA, product);
        productApplication = world.tx(c -> world.applications.productsOf(c, application))
                .get(0)
                .id();
    }

    @AfterEach
    void close() throws Exception {
        pool.shutdownNow();
        world.close();
    }

    @Test
    void whenTwoReviewersTakeTheSameApplicationAtOnce_thenExactlyOneHasIt() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Outcome> outcomes = race(take(world.ivanova, start), take(world.petrov, start));

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !o.won())
                .singleElement()
                .satisfies(o -> assertThat(o.refusal()).isEqualTo("social.review.notNew"));
        RegistryApplication taken =
                world.tx(c -> world.applications.findRegistry(c, application)).orElseThrow();
        assertThat(taken.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(taken.reviewerName())
                .isEqualTo(outcomes.stream()
                        .filter(Outcome::won)
                        .findFirst()
                        .orElseThrow()
                        .who());
    }

    @Test
    void whenTheSameApplicationIsApprovedAndRefusedAtOnce_thenExactlyOneDecisionIsStored() throws Exception {
        long protocol = world.pdf(world.ivanova);
        long protocol2 = world.pdf(world.ivanova);
        world.tx(c -> {
            world.applicationReview.take(c, world.ivanova, application);
            world.productReview.take(c, world.ivanova, productApplication);
            world.productReview.decide(
                    c, world.ivanova, productApplication, Decision.approval(protocol), world.signature(world.ivanova));
            return null;
        });
        CyclicBarrier start = new CyclicBarrier(2);

        List<Outcome> outcomes = race(
                decide(Decision.approval(protocol2), start),
                decide(Decision.refusal(List.of("Неполный пакет документов"), protocol2), start));

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !o.won())
                .singleElement()
                .satisfies(o -> assertThat(o.refusal()).isEqualTo("social.review.notUnderReview"));
        RegistryApplication decided =
                world.tx(c -> world.applications.findRegistry(c, application)).orElseThrow();
        String winner =
                outcomes.stream().filter(Outcome::won).findFirst().orElseThrow().who();
        assertThat(decided.status())
                .isEqualTo(winner.equals("approve") ? ApplicationStatus.APPROVED : ApplicationStatus.REFUSED);
    }

    private Callable<Outcome> take(Actor reviewer, CyclicBarrier start) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            try {
                world.tx(c -> {
                    world.applicationReview.take(c, reviewer, application);
                    pause();
                    return null;
                });
                return new Outcome(reviewer.displayName(), true, null);
            } catch (RuleViolation e) {
                return new Outcome(reviewer.displayName(), false, e.key());
            }
        };
    }

    private Callable<Outcome> decide(Decision decision, CyclicBarrier start) {
        String who = decision.approve() ? "approve" : "refuse";
        SignatureCompletion slowSignature = expected -> {
            pause();
            return world.signature(world.ivanova).complete(expected);
        };
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            try {
                world.tx(c -> {
                    world.applicationReview.decide(c, world.ivanova, application, decision, slowSignature);
                    return null;
                });
                return new Outcome(who, true, null);
            } catch (RuleViolation e) {
                return new Outcome(who, false, e.key());
            }
        };
    }

    private List<Outcome> race(Callable<Outcome> first, Callable<Outcome> second) throws Exception {
        List<Future<Outcome>> futures = List.of(pool.submit(first), pool.submit(second));
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** Holds the transaction open a little, so the other thread arrives while the row is locked. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Outcome(String who, boolean won, String refusal) {}
}
