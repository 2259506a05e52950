package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CRLs and CA certificates fetched from the URLs the certificates themselves carry. */
class RevocationServerIT {
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final KeyAlgorithm GOST = KeyAlgorithm.GOST2015_512;
    private static final TestClock CLOCK = new TestClock(NOW);
    private static DevPkiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DevPkiServer.start(0, CLOCK, new SecureRandom(), Set.of(GOST));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whenCrlDistributionPointIsFetched_thenItListsTheRevokedPersonaUnderTheIntermediatesSignature()
            throws Exception {
        X509Certificate revoked = server.pki().persona(Persona.REVOKED, GOST).certificate();
        X509CRL crl = fetchCrl(distributionPoint(revoked, Extension.cRLDistributionPoints));
        assertThat(crl.getRevokedCertificate(revoked.getSerialNumber())).isNotNull();
        assertThat(crl.getRevokedCertificate(server.pki()
                        .persona(Persona.INDIVIDUAL_SIGN, GOST)
                        .certificate()
                        .getSerialNumber()))
                .isNull();
        X509Certificate intermediate = server.pki().intermediate(GOST).certificate();
        assertThat(Signatures.verify(
                        Signatures.publicKey(intermediate),
                        crl.getSigAlgOID(),
                        null,
                        crl.getTBSCertList(),
                        crl.getSignature()))
                .isTrue();
    }

    @Test
    void whenRevokedAfterStart_thenServedCrlsFollowTheClock() throws Exception {
        X509Certificate employee =
                server.pki().persona(Persona.LEGAL_EMPLOYEE, GOST).certificate();
        server.pki().revoke(Persona.LEGAL_EMPLOYEE, GOST, CLOCK.instant().plus(Duration.ofMinutes(10)));
        URI delta = distributionPoint(employee, Extension.freshestCRL);
        assertThat(fetchCrl(delta).getRevokedCertificate(employee.getSerialNumber()))
                .isNull();

        CLOCK.advance(Duration.ofMinutes(11));

        X509CRL deltaCrl = fetchCrl(delta);
        assertThat(deltaCrl.getRevokedCertificate(employee.getSerialNumber())).isNotNull();
        assertThat(deltaCrl.getCriticalExtensionOIDs()).contains(Extension.deltaCRLIndicator.getId());
        assertThat(fetchCrl(distributionPoint(employee, Extension.cRLDistributionPoints))
                        .getRevokedCertificate(employee.getSerialNumber()))
                .isNotNull();
    }

    @Test
    void whenAiaCaIssuersIsFetched_thenItIsTheIssuingCertificate() throws Exception {
        X509Certificate leaf = server.pki().persona(Persona.LEGAL_HEAD, GOST).certificate();
        X509Certificate issuer = fetchCertificate(caIssuers(leaf));
        assertThat(issuer).isEqualTo(server.pki().intermediate(GOST).certificate());
        X509Certificate root = fetchCertificate(caIssuers(issuer));
        assertThat(root).isEqualTo(server.pki().root(GOST).certificate());
        X509CRL rootCrl = fetchCrl(distributionPoint(issuer, Extension.cRLDistributionPoints));
        assertThat(rootCrl.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        assertThat(rootCrl.getRevokedCertificates()).isNull();
    }

    @Test
    void whenPathIsUnknownOrMethodWrong_thenServerSaysSo() throws Exception {
        URI base = server.baseUrl();
        assertThat(Http.get(base.resolve("crl/nothing.crl")).statusCode()).isEqualTo(404);
        assertThat(Http.get(base.resolve("crl/rsa.crl")).statusCode()).isEqualTo(404); // no RSA hierarchy here
        assertThat(Http.get(base.resolve("cert/gost.pem")).statusCode()).isEqualTo(404);
        assertThat(Http.get(base.resolve("index.html")).statusCode()).isEqualTo(404);
        assertThat(Http.post(base.resolve("crl/gost.crl"), "text/plain", new byte[1])
                        .statusCode())
                .isEqualTo(405);
    }

    private static X509CRL fetchCrl(URI uri) throws Exception {
        HttpResponse<byte[]> response = Http.get(uri);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pkix-crl");
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(response.body()));
    }

    private static X509Certificate fetchCertificate(URI uri) throws Exception {
        HttpResponse<byte[]> response = Http.get(uri);
        assertThat(response.statusCode()).isEqualTo(200);
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(response.body()));
    }

    private static URI distributionPoint(X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier oid)
            throws Exception {
        CRLDistPoint points =
                CRLDistPoint.getInstance(Certs.extension(certificate, oid).getParsedValue());
        GeneralName name = GeneralNames.getInstance(
                        points.getDistributionPoints()[0].getDistributionPoint().getName())
                .getNames()[0];
        URI uri = URI.create(name.getName().toString());
        assertThat(uri.toString()).startsWith(server.baseUrl().toString());
        return uri;
    }

    private static URI caIssuers(X509Certificate certificate) throws Exception {
        AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                Certs.extension(certificate, Extension.authorityInfoAccess).getParsedValue());
        for (AccessDescription description : aia.getAccessDescriptions()) {
            if (description.getAccessMethod().equals(AccessDescription.id_ad_caIssuers)) {
                return URI.create(description.getAccessLocation().getName().toString());
            }
        }
        throw new AssertionError("no caIssuers in " + certificate.getSubjectX500Principal());
    }
}
