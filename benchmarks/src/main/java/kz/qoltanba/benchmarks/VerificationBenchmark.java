package kz.qoltanba.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.CheckName;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.RevocationTransport;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Full verification with a report ({@link CmsVerifier}) of an attached RSA-2048 CMS from the development
 * PKI: signature, chain to the root, validity, revocation under {@link RevocationPolicy#HARD} and the SIGN
 * key purpose, on two threads (the target is 2,000 verifications per second on 2 cores). Revocation comes
 * either from a CRL the caller supplies (no network at all) or from the development OCSP responder over
 * real HTTP on 127.0.0.1, fetched once and then answered from the verifier's cache; the number of fetches
 * is printed at the end of each trial so a cache miss per verification would show.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
public class VerificationBenchmark {
    @Param({"SUPPLIED_CRL", "CACHED_OCSP"})
    public String revocation;

    private final AtomicInteger fetches = new AtomicInteger();
    private DevPkiServer server;
    private CmsVerifier verifier;
    private VerificationOptions options;
    private byte[] cms;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        KeyAlgorithm rsa = KeyAlgorithm.RSA;
        DevPki pki;
        RevocationTransport transport;
        if (revocation.equals("CACHED_OCSP")) {
            server = DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom(), Set.of(rsa));
            pki = server.pki();
            transport = counting(RevocationTransport.http(Duration.ofSeconds(5)));
        } else {
            pki = BenchKeys.pki(rsa, Clock.systemUTC());
            transport = counting(RevocationTransport.offline());
        }
        VerificationOptions.Builder builder = VerificationOptions.builder()
                .trustAnchor(pki.root(rsa).certificate())
                .extraCertificate(pki.intermediate(rsa).certificate())
                .revocationPolicy(RevocationPolicy.HARD)
                .requiredKeyPurpose(KeyPurpose.SIGN);
        if (revocation.equals("SUPPLIED_CRL")) {
            builder.crl(pki.crl(rsa));
        }
        options = builder.build();
        verifier = CmsVerifier.create(transport, new SecureRandom(), Duration.ofHours(1));
        cms = CmsSigner.create(pki.persona(Persona.INDIVIDUAL_SIGN, rsa).keyEntry(), CmsOptions.defaults())
                .sign("Өтініш №42: анықтама беру туралы".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ValidationReport first = verify();
        int fetchesAfterFirst = fetches.get();
        ValidationReport second = verify();
        if (first.indication() != Indication.TOTAL_PASSED || second.indication() != Indication.TOTAL_PASSED) {
            throw new IllegalStateException("set-up verification did not pass: " + first.toJson());
        }
        if (fetches.get() != fetchesAfterFirst) {
            throw new IllegalStateException("the second verification fetched revocation data again");
        }
        System.out.println("revocation: "
                + second.signers().get(0).check(CheckName.REVOCATION).reason() + "; fetches so far: " + fetches);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        System.out.println("revocation fetches in this trial: " + fetches);
        if (server != null) {
            server.close();
        }
    }

    @Benchmark
    public ValidationReport verify() throws MalformedInputException {
        return verifier.verify(cms, Optional.empty(), options);
    }

    private RevocationTransport counting(RevocationTransport delegate) {
        return new RevocationTransport() {
            @Override
            public byte[] get(URI uri) throws IOException {
                fetches.incrementAndGet();
                return delegate.get(uri);
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
                fetches.incrementAndGet();
                return delegate.post(uri, contentType, body);
            }
        };
    }
}
