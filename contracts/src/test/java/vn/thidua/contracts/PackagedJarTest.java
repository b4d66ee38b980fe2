package vn.thidua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services load the contracts from a jar, where resources cannot be listed as files. */
class PackagedJarTest {

    @Test
    void worksFromAJar(@TempDir Path tmp) throws Exception {
        Path classes = Path.of(EventContracts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = tmp.resolve("contracts.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }

        // Isolated loader: the jar plus the dependency jars, without the target/classes directory.
        List<URL> urls = new ArrayList<>(List.of(jar.toUri().toURL()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> contracts = loader.loadClass(EventContracts.class.getName());
            assertTrue(contracts.getProtectionDomain().getCodeSource().getLocation().toString().endsWith(".jar"));

            List<?> types = (List<?>) contracts.getMethod("eventTypes").invoke(null);
            assertEquals(EventContracts.eventTypes(), types);

            Method validate = contracts.getMethod("validate", String.class);
            Method example = contracts.getMethod("example", String.class);
            for (Object type : types) {
                assertEquals(Set.of(), validate.invoke(null, example.invoke(null, type)), type.toString());
            }
        }
    }
}
