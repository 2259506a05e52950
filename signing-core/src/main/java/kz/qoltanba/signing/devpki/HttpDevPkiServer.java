package kz.qoltanba.signing.devpki;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SignatureCreationException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;

/** {@link DevPkiServer} on the JDK's HTTP server; one {@link Route} per path prefix. */
final class HttpDevPkiServer implements DevPkiServer {
    private static final String DELTA = "-delta";

    private final HttpServer server;
    private final ExecutorService executor;
    private final DefaultDevPki pki;
    private final OcspResponder ocsp;
    private final TimeStampAuthority tsa;
    private final Map<String, CertificateAuthority> authorities = new HashMap<>();

    private HttpDevPkiServer(HttpServer server, ExecutorService executor, DefaultDevPki pki, SecureRandom random) {
        this.server = server;
        this.executor = executor;
        this.pki = pki;
        this.ocsp = new OcspResponder(pki);
        this.tsa = new TimeStampAuthority(pki, random);
        for (KeyAlgorithm algorithm : pki.algorithms()) {
            for (Endpoints.CaRole role : Endpoints.CaRole.values()) {
                authorities.put(
                        Endpoints.caName(algorithm, role),
                        pki.hierarchy(algorithm).authority(role));
            }
        }
    }

    static HttpDevPkiServer start(int port, Clock clock, SecureRandom random, Set<KeyAlgorithm> algorithms)
            throws IOException, SigningException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            DefaultDevPki pki = DefaultDevPki.generate(new Endpoints(base), clock, random, algorithms);
            ExecutorService executor = Executors.newFixedThreadPool(4);
            HttpDevPkiServer devServer = new HttpDevPkiServer(server, executor, pki, random);
            devServer.routes().forEach(route -> server.createContext(route.prefix(), route));
            server.setExecutor(executor);
            server.start();
            return devServer;
        } catch (SigningException | RuntimeException e) {
            server.stop(0);
            throw e;
        }
    }

    /** The dispatch table: every path prefix with its method and endpoint. */
    List<Route> routes() {
        return List.of(
                new Route("POST", "/ocsp/", this::ocsp),
                new Route("POST", "/tsa/", this::timeStamp),
                new Route("GET", "/crl/", this::crl),
                new Route("GET", "/cert/", this::certificate),
                new Route("GET", "/", (name, body) -> HttpResponse.notFound("/" + name)));
    }

    private HttpResponse ocsp(String slug, byte[] body) throws SigningException {
        Optional<KeyAlgorithm> algorithm = algorithm(slug);
        if (algorithm.isEmpty()) {
            return HttpResponse.notFound("/ocsp/" + slug);
        }
        try {
            return HttpResponse.ok("application/ocsp-response", ocsp.respond(algorithm.get(), body));
        } catch (MalformedInputException e) {
            return new HttpResponse(
                    400,
                    "application/ocsp-response",
                    OcspResponder.malformedRequest(),
                    Map.of("X-Error", "malformed OCSP request: " + e.getMessage()));
        }
    }

    private HttpResponse timeStamp(String slug, byte[] body) throws SigningException {
        Optional<KeyAlgorithm> algorithm = algorithm(slug);
        if (algorithm.isEmpty()) {
            return HttpResponse.notFound("/tsa/" + slug);
        }
        try {
            return HttpResponse.ok("application/timestamp-reply", tsa.respond(algorithm.get(), body));
        } catch (MalformedInputException e) {
            return HttpResponse.text(400, "malformed time-stamp request: " + e.getMessage());
        }
    }

    private HttpResponse crl(String file, byte[] body) throws SigningException {
        if (!file.endsWith(".crl")) {
            return HttpResponse.notFound("/crl/" + file);
        }
        String name = file.substring(0, file.length() - ".crl".length());
        boolean delta = name.endsWith(DELTA);
        CertificateAuthority authority =
                authorities.get(delta ? name.substring(0, name.length() - DELTA.length()) : name);
        if (authority == null) {
            return HttpResponse.notFound("/crl/" + file);
        }
        var instant = pki.clock().instant();
        var crl = delta ? RevocationLists.delta(authority, instant) : RevocationLists.complete(authority, instant);
        try {
            return HttpResponse.ok("application/pkix-crl", crl.getEncoded());
        } catch (CRLException e) {
            throw new SignatureCreationException("cannot encode a CRL: " + e.getMessage(), e);
        }
    }

    private HttpResponse certificate(String file, byte[] body) throws SigningException {
        CertificateAuthority authority =
                file.endsWith(".cer") ? authorities.get(file.substring(0, file.length() - ".cer".length())) : null;
        if (authority == null) {
            return HttpResponse.notFound("/cert/" + file);
        }
        try {
            return HttpResponse.ok(
                    "application/pkix-cert", authority.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new SignatureCreationException("cannot encode a certificate: " + e.getMessage(), e);
        }
    }

    private Optional<KeyAlgorithm> algorithm(String slug) {
        return Endpoints.algorithmOfSlug(slug).filter(pki.algorithms()::contains);
    }

    @Override
    public DevPki pki() {
        return pki;
    }

    @Override
    public URI baseUrl() {
        return pki.baseUrl();
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
