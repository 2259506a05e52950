package kz.qoltanba.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged jar is an OSGi bundle that exports its public API packages and nothing else. */
class BundleManifestIT {
    private static final Set<String> API = Set.of(
            "kz.qoltanba.signing",
            "kz.qoltanba.signing.algorithm",
            "kz.qoltanba.signing.cert",
            "kz.qoltanba.signing.cms",
            "kz.qoltanba.signing.devpki",
            "kz.qoltanba.signing.token",
            "kz.qoltanba.signing.tsp",
            "kz.qoltanba.signing.validation",
            "kz.qoltanba.signing.xml");

    @Test
    void whenJarIsPackaged_thenItExportsExactlyThePublicApiPackages() throws IOException {
        Attributes manifest = manifest();

        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("kz.qoltanba.signing");
        assertThat(packageNames(manifest.getValue("Export-Package"))).isEqualTo(new TreeSet<>(API));
    }

    @Test
    void whenJarIsPackaged_thenTheJdkHttpServerIsAnOptionalImport() throws IOException {
        String imports = manifest().getValue("Import-Package");

        assertThat(imports).containsPattern("com\\.sun\\.net\\.httpserver;[^,]*resolution:=optional");
        assertThat(imports).doesNotContain("kz.qoltanba.signing.xml.santuario");
    }

    private static Attributes manifest() throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(
                            p -> p.getFileName().toString().matches("signing-core-[^-]+(-SNAPSHOT)?\\.jar"))
                    .toList();
            assertThat(jars).as("the packaged signing-core jar in target/").hasSize(1);
            jar = jars.get(0);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes();
        }
    }

    /** Package names of an OSGi header, ignoring attributes and directives (which may contain commas). */
    private static Set<String> packageNames(String header) {
        Set<String> names = new TreeSet<>();
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String name = clause.split(";")[0].trim();
            if (name.matches("[a-z][\\w.]*")) {
                names.add(name);
            }
        }
        return names;
    }
}
