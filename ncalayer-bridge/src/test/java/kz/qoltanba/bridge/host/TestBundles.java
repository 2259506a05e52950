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
import kz.qoltanba.bridge.host.testbundle.ProgressModuleActivator;

/** Builds test bundle jars from the compiled test classes with a hand-written OSGi manifest. */
public final class TestBundles {
    private TestBundles() {}

    static Path echoBundle(Path directory, String version) throws IOException, URISyntaxException {
        return bundle(
                directory,
                "kz.qoltanba.test.echo",
                version,
                EchoModuleActivator.class,
                "kz.qoltanba.bridge.spi;version=\"[0.1,1)\",kz.qoltanba.signing.algorithm;version=\"[0.1,1)\","
                        + "org.bouncycastle.asn1.x500,org.osgi.framework,javax.security.auth.x500");
    }

    /** The bundle whose module opens a progress window and leaves it, holds it or closes it itself. */
    public static Path progressBundle(Path directory) throws IOException, URISyntaxException {
        return bundle(
                directory,
                ProgressModuleActivator.SYMBOLIC_NAME,
                "1.0.0",
                ProgressModuleActivator.class,
                "kz.qoltanba.bridge.spi;version=\"[0.2,1)\",org.osgi.framework");
    }

    /** A bundle of the test bundle package's classes, started by {@code activator}. */
    private static Path bundle(Path directory, String symbolicName, String version, Class<?> activator, String imports)
            throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Activator", activator.getName());
        main.putValue("Import-Package", imports);
        Path jar =
                directory.resolve(symbolicName.substring(symbolicName.lastIndexOf('.') + 1) + "-" + version + ".jar");
        String packagePath = activator.getPackageName().replace('.', '/');
        Path classes = Path.of(activator
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
