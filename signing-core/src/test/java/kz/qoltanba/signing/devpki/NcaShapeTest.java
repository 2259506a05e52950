package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.bouncycastle.asn1.x500.RDN;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our GOST personas have the shape of the real NCA-issued test certificates of the same role. */
class NcaShapeTest {
    /** NCA's private extension whose meaning is not published; deliberately not imitated. */
    private static final String NCA_PRIVATE_EXTENSION = "1.2.398.3.3.5";

    private static DevPki pki;

    @BeforeAll
    static void generate() throws Exception {
        pki = DevPki.generate(
                URI.create("http://127.0.0.1:8099/"),
                Clock.fixed(SharedFixtures.GOST2015_INSTANT, ZoneOffset.UTC),
                new SecureRandom(),
                Set.of(KeyAlgorithm.GOST2015_512));
    }

    @ParameterizedTest
    @CsvSource({
        "INDIVIDUAL_SIGN, individual__valid__individual_valid.crt.pem",
        "LEGAL_HEAD, legal__valid__head.crt.pem",
        "LEGAL_EMPLOYEE, legal__valid__employee.crt.pem",
        "LEGAL_SIGNING_RIGHT, legal__valid__employee_signright.crt.pem",
        "INFORMATION_SYSTEM, legal__valid__treasury_client.crt.pem"
    })
    void whenComparedWithNcaCertificateOfTheSameRole_thenShapeMatches(Persona persona, String ncaFile)
            throws Exception {
        X509Certificate nca = SharedFixtures.certificate(SharedFixtures.gost2015(ncaFile));
        X509Certificate ours = pki.persona(persona, KeyAlgorithm.GOST2015_512).certificate();

        assertThat(ours.getExtendedKeyUsage()).containsExactlyInAnyOrderElementsOf(nca.getExtendedKeyUsage());
        assertThat(ours.getKeyUsage()).isEqualTo(nca.getKeyUsage());
        Set<String> ncaExtensions = extensionOids(nca);
        ncaExtensions.remove(NCA_PRIVATE_EXTENSION);
        assertThat(extensionOids(ours)).isEqualTo(ncaExtensions);
        assertThat(ours.getSigAlgOID()).isEqualTo(nca.getSigAlgOID());
        if (persona != Persona.INFORMATION_SYSTEM) { // NCA's system certificate also carries UID
            assertThat(attributeTypes(ours)).isEqualTo(attributeTypes(nca));
        }
    }

    private static Set<String> extensionOids(X509Certificate certificate) {
        Set<String> oids = new HashSet<>(certificate.getCriticalExtensionOIDs());
        oids.addAll(certificate.getNonCriticalExtensionOIDs());
        return oids;
    }

    private static List<String> attributeTypes(X509Certificate certificate) throws Exception {
        return Arrays.stream(Certs.holder(certificate).getSubject().getRDNs())
                .map(RDN::getFirst)
                .map(a -> a.getType().getId())
                .toList();
    }
}
