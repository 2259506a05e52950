package kz.qoltanba.portal.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the {@code NAME_LANG.properties} files of a classpath folder, in directories and in jars. */
final class BundleFiles {
    private static final Pattern FILE = Pattern.compile("([A-Za-z0-9-]+)_([a-z]{2})\\.properties");

    record Bundle(String name, Lang lang, URL url) {}

    private BundleFiles() {}

    static List<Bundle> find(ClassLoader loader, String folder) {
        List<Bundle> bundles = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (String file : list(root, folder)) {
                    bundle(loader, folder, file).ifPresent(bundles::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the text bundles in " + folder, e);
        }
        bundles.sort((a, b) -> a.name().compareTo(b.name()));
        return bundles;
    }

    private static Optional<Bundle> bundle(ClassLoader loader, String folder, String file) {
        Matcher matcher = FILE.matcher(file);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<Lang> lang = Lang.of(matcher.group(2));
        URL url = loader.getResource(folder + "/" + file);
        if (lang.isEmpty() || url == null) {
            return Optional.empty();
        }
        return Optional.of(new Bundle(folder + "/" + file, lang.get(), url));
    }

    private static List<String> list(URL root, String folder) throws IOException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                return files.map(p -> p.getFileName().toString()).toList();
            } catch (URISyntaxException e) {
                throw new IOException("unusable classpath folder " + root, e);
            }
        }
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                return jar.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                        .map(n -> n.substring(prefix.length()))
                        .filter(n -> !n.isEmpty())
                        .toList();
            }
        }
        return List.of();
    }
}
