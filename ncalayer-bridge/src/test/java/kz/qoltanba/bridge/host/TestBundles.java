package kz.qoltanba.bridge.host;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import kz.qoltanba.bridge.host.testbundle.EchoModuleActivator;

/** Builds the test bundle jar from the compiled test classes with a hand-written OSGi manifest. */
final class TestBundles {
    private TestBundles() {}

    static Path echoBundle(Path directory, String version) throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "kz.qoltanba.test.echo");
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Activator", EchoModuleActivator.class.getName());
        main.putValue(
                "Import-Package",
                "kz.qoltanba.bridge.spi;version=\"[0.1,1)\",kz.qoltanba.signing.algorithm;version=\"[0.1,1)\","
                        + "org.bouncycastle.asn1.x500,org.osgi.framework,javax.security.auth.x500");
        Path jar = directory.resolve("echo-" + version + ".jar");
        String packagePath = EchoModuleActivator.class.getPackageName().replace('.', '/');
        Path classes = Path.of(EchoModuleActivator.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(packagePath);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                var listing = Files.list(classes)) {
            for (Path classFile : listing.toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + classFile.getFileName()));
                out.write(Files.readAllBytes(classFile));
                out.closeEntry();
            }
        }
        return jar;
    }
}
