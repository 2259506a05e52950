package kz.qoltanba.portal.social;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.social.review.Decision;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * Ivanova's review decisions through the real signing pipeline: the request issued for the decision, and the
 * decision completed (or refused) with a returned signature, each in a transaction of its own.
 */
final class SignedReview {
    private final SocialWorld world;
    private final PipelineSignatures signatures;
    private final String session;

    SignedReview(SocialWorld world, PipelineSignatures signatures, String session) {
        this.world = world;
        this.signatures = signatures;
        this.session = session;
    }

    /** Ivanova's legal-entity SIGN key (УКЗиСП г. Астаны), issued by the development PKI. */
    KeyEntry ivanovaKey(TestPki pki) throws SigningException {
        return DevCertificates.issue(
                pki.pki(),
                KeyAlgorithm.RSA,
                DevHolder.employee(
                        "ИВАНОВА", "МАРИЯ", "ПЕТРОВНА", world.ivanova.iin(), "УКЗИСП Г. АСТАНЫ", SocialWorld.UKZ_AST),
                KeyPurpose.SIGN,
                Clock.systemUTC(),
                new SecureRandom());
    }

    IssuedRequest issueProduct(long productApplication, Decision decision) {
        return world.tx(c -> signatures.issue(
                c,
                session,
                world.ivanova,
                world.productReview.prepare(c, world.ivanova, productApplication, decision)));
    }

    IssuedRequest issueRegistry(long application, Decision decision) {
        return world.tx(c -> signatures.issue(
                c, session, world.ivanova, world.applicationReview.prepare(c, world.ivanova, application, decision)));
    }

    void decideProduct(long productApplication, Decision decision, UUID request, String signed) {
        world.tx(c -> {
            world.productReview.decide(
                    c, world.ivanova, productApplication, decision, signatures.completion(c, request, session, signed));
            return null;
        });
    }

    void decideRegistry(long application, Decision decision, UUID request, String signed) {
        world.tx(c -> {
            world.applicationReview.decide(
                    c, world.ivanova, application, decision, signatures.completion(c, request, session, signed));
            return null;
        });
    }

    SignatureRefused refusedProduct(long productApplication, Decision decision, UUID request, String signed) {
        return (SignatureRefused) world.refused(c -> {
            world.productReview.decide(
                    c, world.ivanova, productApplication, decision, signatures.completion(c, request, session, signed));
            return null;
        });
    }

    SignatureRefused refusedRegistry(long application, Decision decision, UUID request, String signed) {
        return (SignatureRefused) world.refused(c -> {
            world.applicationReview.decide(
                    c, world.ivanova, application, decision, signatures.completion(c, request, session, signed));
            return null;
        });
    }
}
