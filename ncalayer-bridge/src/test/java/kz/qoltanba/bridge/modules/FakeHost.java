package kz.qoltanba.bridge.modules;

import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.spi.XmlPlacement;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.devpki.PersonaKey;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import kz.qoltanba.signing.xml.XmlSignOptions;
import kz.qoltanba.signing.xml.XmlSigner;

/**
 * The host as modules see it, for tests: chooses the first development-PKI key (in a fixed persona order)
 * that passes the request's filter and signs for real with signing-core; the next answers can be scripted
 * (cancel, no certificate, failure) and every request is recorded.
 */
final class FakeHost implements HostSigning, HostDialogs {
    enum Answer {
        SIGN,
        CANCEL,
        NO_CERTIFICATE,
        FAIL
    }

    static final List<Persona> ORDER = List.of(
            Persona.INDIVIDUAL_SIGN,
            Persona.INDIVIDUAL_AUTH,
            Persona.LEGAL_HEAD,
            Persona.LEGAL_EMPLOYEE,
            Persona.INFORMATION_SYSTEM);

    final DevPki pki;
    final List<SignRequest> requests = new CopyOnWriteArrayList<>();
    final List<XmlPlacement> placements = new CopyOnWriteArrayList<>();
    final List<KeyFilter> certificateChoices = new CopyOnWriteArrayList<>();
    final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    final BlockingQueue<Path> files = new LinkedBlockingQueue<>();
    volatile List<String> tokens = List.of();
    /** The key family the fake's keys have. */
    volatile KeyAlgorithm algorithm = KeyAlgorithm.RSA;

    volatile boolean windowsAvailable = true;
    final List<String> windowsShown = new CopyOnWriteArrayList<>();
    private final TimestampClient timestamps;

    FakeHost(DevPki pki) {
        this.pki = pki;
        this.timestamps = TimestampClient.create(
                TsaConfig.of(pki.tsaUrl(pki.algorithms().iterator().next())));
    }

    PersonaKey key(Persona persona) {
        return pki.persona(persona, algorithm);
    }

    @Override
    public CompletionStage<SignResult> sign(SignRequest request) {
        return signXml(request, XmlPlacement.wholeDocument());
    }

    @Override
    public CompletionStage<SignResult> signXml(SignRequest request, XmlPlacement placement) {
        requests.add(request);
        placements.add(placement);
        try {
            PersonaKey key = choose(request.filter());
            List<byte[]> signatures = new ArrayList<>();
            for (byte[] document : request.documents()) {
                signatures.add(signOne(request, placement, key, document));
            }
            X509Certificate certificate = key.certificate();
            return CompletableFuture.completedFuture(new SignResult(signatures, certificate, List.of(certificate)));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private byte[] signOne(SignRequest request, XmlPlacement placement, PersonaKey key, byte[] document)
            throws Exception {
        CmsOptions options = CmsOptions.defaults()
                .withDetached(!request.encapsulate())
                .withTimestamps(request.timestamp() ? timestamps : null);
        return switch (request.format()) {
            case CMS -> CmsSigner.create(key.keyEntry(), options).sign(document);
            case CMS_OVER_DIGEST -> {
                String digestOid = algorithm.digestOid();
                if (document.length != DigestAlgorithms.length(digestOid)) {
                    throw new HostSigningException("the digest does not fit the chosen key");
                }
                yield CmsSigner.create(key.keyEntry(), options).signDigest(document, digestOid);
            }
            case XML -> XmlSigner.create().sign(document, key.keyEntry(), xmlOptions(placement));
            case RAW -> {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(key.privateKey());
                signature.update(document);
                yield signature.sign();
            }
        };
    }

    private static XmlSignOptions xmlOptions(XmlPlacement placement) {
        XmlSignOptions options = placement.signedElementXPath().isEmpty()
                ? XmlSignOptions.wholeDocument()
                : XmlSignOptions.byXPath(placement.signedElementXPath());
        return placement.signatureParentXPath().isEmpty()
                ? options
                : options.withParentXPath(placement.signatureParentXPath());
    }

    @Override
    public CompletionStage<X509Certificate> chooseCertificate(String origin, String connectionId, KeyFilter filter) {
        certificateChoices.add(filter);
        try {
            return CompletableFuture.completedFuture(choose(filter).certificate());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private PersonaKey choose(KeyFilter filter) throws Exception {
        Answer answer = answers.poll();
        if (answer == Answer.CANCEL) {
            throw new UserCancelledException("cancelled in the test");
        }
        if (answer == Answer.FAIL) {
            throw new HostSigningException("failed in the test");
        }
        if (answer != Answer.NO_CERTIFICATE) {
            for (Persona persona : ORDER) {
                if (passes(key(persona).certificate(), filter)) {
                    return key(persona);
                }
            }
        }
        throw new NoSuitableCertificateException("no suitable certificate");
    }

    private static boolean passes(X509Certificate certificate, KeyFilter filter) throws Exception {
        CertificateInfo info = CertificateInfo.of(certificate);
        boolean purpose = switch (filter.purpose()) {
            case SIGNATURE -> info.keyPurpose() == KeyPurpose.SIGN || info.keyPurpose() == KeyPurpose.BOTH;
            case AUTHENTICATION -> info.keyPurpose() == KeyPurpose.AUTH || info.keyPurpose() == KeyPurpose.BOTH;
            case ANY -> true;
        };
        boolean chain = filter.chain() == null
                || filter.chain().isEmpty()
                || filter.chain().stream()
                        .anyMatch(ca -> ca.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()));
        return purpose
                && chain
                && info.extendedKeyUsages().containsAll(filter.extKeyUsageOids())
                && (filter.iin() == null || filter.iin().equals(info.iin()))
                && (filter.bin() == null || filter.bin().equals(info.bin()))
                && (filter.serialNumber() == null
                        || filter.serialNumber()
                                .equals(certificate
                                        .getSerialNumber()
                                        .toString(16)
                                        .toLowerCase(Locale.ROOT)));
    }

    @Override
    public CompletionStage<List<String>> activeTokens() {
        return CompletableFuture.completedFuture(tokens);
    }

    @Override
    public CompletionStage<byte[]> addTimestamp(String origin, String connectionId, byte[] cms) {
        try {
            PersonaKey anyKey = key(Persona.INDIVIDUAL_SIGN);
            return CompletableFuture.completedFuture(
                    CmsSigner.create(anyKey.keyEntry(), CmsOptions.defaults().withTimestamps(timestamps))
                            .addTimestamp(cms));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
        Path file = files.poll();
        return file == null
                ? CompletableFuture.failedFuture(new UserCancelledException("no file in the test"))
                : CompletableFuture.completedFuture(file);
    }

    @Override
    public CompletionStage<Void> showSettings(String origin, String connectionId) {
        return window("settings");
    }

    @Override
    public CompletionStage<Void> showBundleManager(String origin, String connectionId) {
        return window("bundleManager");
    }

    private CompletionStage<Void> window(String name) {
        if (!windowsAvailable) {
            return HostDialogs.super.showSettings("", "");
        }
        windowsShown.add(name);
        return CompletableFuture.completedFuture(null);
    }
}
