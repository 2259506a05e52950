package kz.qoltanba.bridge.host.testbundle;

import java.security.cert.X509Certificate;
import java.util.Hashtable;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NcaModule;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.x500.X500Name;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The test bundle: registers the module {@code test.echo}, which asks the host for a certificate and answers
 * with the request's origin, the certificate's algorithm (through signing-core) and its subject (through
 * Bouncy Castle) — proving the bundle shares the host's class space for the SPI, signing-core and BC.
 */
public final class EchoModuleActivator implements BundleActivator {
    public static final String MODULE = "test.echo";

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(NcaModule.MODULE_NAME, new String[] {MODULE, "test.echo.alias"});
        context.registerService(NcaModule.class, request -> answer(context, request), properties);
    }

    private static CompletionStage<String> answer(BundleContext context, ModuleRequest request) {
        ServiceReference<HostSigning> reference = context.getServiceReference(HostSigning.class);
        HostSigning signing = context.getService(reference);
        return signing.chooseCertificate(request.origin(), request.connectionId(), KeyFilter.any())
                .thenApply(certificate -> "{\"result\":{\"origin\":\"" + request.origin() + "\",\"algorithm\":\""
                        + algorithm(certificate) + "\",\"subject\":\""
                        + X500Name.getInstance(
                                certificate.getSubjectX500Principal().getEncoded()) + "\",\"loader\":\""
                        + (EchoModuleActivator.class.getClassLoader() != NcaModule.class.getClassLoader()) + "\"}}");
    }

    private static String algorithm(X509Certificate certificate) {
        try {
            return Signatures.algorithmOf(certificate).name();
        } catch (Exception e) {
            return "unsupported";
        }
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
