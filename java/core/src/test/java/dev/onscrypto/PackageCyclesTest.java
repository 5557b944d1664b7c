package dev.onscrypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The packages of the core depend on each other without a cycle, as {@code jdeps} sees the compiled
 * classes: every arrow points one way (primitives → internal.* → dev.onscrypto, internal.ffm →
 * internal.loader, ons → primitives), so each layer can be read and changed from the bottom up.
 */
class PackageCyclesTest {
    private static final Pattern EDGE =
            Pattern.compile("^\\s+(dev\\.onscrypto[\\w.]*)\\s+->\\s+(dev\\.onscrypto[\\w.]*)\\s");

    @Test
    void noCycleBetweenPackages() throws Exception {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.containsKey("dev.onscrypto.primitives"), "jdeps saw no classes: " + graph);
        List<List<String>> cycles = cycles(graph);
        assertEquals(List.of(), cycles, "package cycles (each listed as its strongly connected set)");
    }

    /** Package → packages it uses, from {@code jdeps -verbose:package} on target/classes. */
    private static Map<String, Set<String>> packageGraph() throws IOException, InterruptedException,
            URISyntaxException {
        Path classes = Path.of(PackageCyclesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        Path bouncyCastle = Path.of(org.bouncycastle.jce.provider.BouncyCastleProvider.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
        Process process = new ProcessBuilder(jdeps.toString(), "--multi-release", String.valueOf(Runtime.version()
                .feature()), "-verbose:package", "--module-path", bouncyCastle.toString(), classes.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : output.lines().toList()) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                graph.computeIfAbsent(m.group(2), k -> new TreeSet<>());
            }
        }
        assertTrue(Files.isDirectory(classes), classes.toString());
        return graph;
    }

    /** The strongly connected components with more than one package (Tarjan's algorithm). */
    private static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Tarjan t = new Tarjan(graph);
        graph.keySet().forEach(t::visit);
        return t.cycles;
    }

    private static final class Tarjan {
        final Map<String, Set<String>> graph;
        final Map<String, Integer> index = new TreeMap<>();
        final Map<String, Integer> low = new TreeMap<>();
        final List<String> stack = new ArrayList<>();
        final List<List<String>> cycles = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        void visit(String v) {
            if (index.containsKey(v)) {
                return;
            }
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.add(v);
            for (String w : graph.get(v)) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (stack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> component = new ArrayList<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    cycles.add(component.stream().sorted().toList());
                }
            }
        }
    }
}
