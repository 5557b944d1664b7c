package dev.onscrypto.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.provider.OnsCryptoProvider;

/**
 * docs/names.md's primitives table is checked against the code, so the document cannot drift: the JCA
 * services and aliases the provider registers, the API classes and their {@code Primitives} accessors,
 * the primitive ops the vector runner knows, and the CLI's {@code --sig-type} spellings.
 */
class NamesTableTest {
    private static final String ALIAS_PREFIX = "Alg.Alias.";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One row of the table; every list holds the cell's code spans (empty for "—"). */
    record Row(String primitive, List<String> apiClass, List<String> accessor, List<String> jca,
            List<String> jcaAliases, List<String> cli, List<String> cliAliases, List<String> vectorOps) {}

    @Test
    void providerRegistersExactlyTheTablesServicesAndAliases() throws IOException {
        List<Row> rows = rows();
        Provider provider = new OnsCryptoProvider();

        Set<String> registered = new TreeSet<>();
        for (Provider.Service s : provider.getServices()) {
            registered.add(s.getType() + "." + s.getAlgorithm());
        }
        Set<String> documented = new TreeSet<>();
        rows.forEach(r -> documented.addAll(r.jca()));
        assertEquals(documented, registered, "JCA services: docs/names.md vs OnsCryptoProvider");

        Set<String> registeredAliases = new TreeSet<>();
        for (Object key : provider.keySet()) {
            if (key instanceof String k && k.startsWith(ALIAS_PREFIX)) {
                registeredAliases.add(k.substring(ALIAS_PREFIX.length()));
            }
        }
        Set<String> documentedAliases = new TreeSet<>();
        rows.forEach(r -> documentedAliases.addAll(r.jcaAliases()));
        assertEquals(documentedAliases, registeredAliases, "JCA aliases: docs/names.md vs OnsCryptoProvider");

        // Each alias leads to a service of its own row.
        for (Row r : rows) {
            for (String alias : r.jcaAliases()) {
                String[] typeAndName = split(alias);
                Provider.Service s = provider.getService(typeAndName[0], typeAndName[1]);
                assertNotNull(s, alias);
                assertTrue(r.jca().contains(s.getType() + "." + s.getAlgorithm()), alias + " -> " + s.getAlgorithm());
            }
        }
    }

    @Test
    void everyApiClassAndAccessorExists() throws Exception {
        for (Row r : rows()) {
            assertEquals(1, r.apiClass().size(), r.primitive());
            assertEquals(1, r.accessor().size(), r.primitive());
            Class<?> api = Class.forName("dev.onscrypto.primitives." + r.apiClass().get(0));
            String accessor = r.accessor().get(0);
            assertTrue(accessor.endsWith("()"), accessor);
            Method m = Primitives.class.getMethod(accessor.substring(0, accessor.length() - 2));
            assertEquals(api, m.getReturnType(), r.primitive() + ": " + accessor);
        }
    }

    @Test
    void theRunnerKnowsExactlyTheTablesPrimitiveOps() throws IOException {
        Set<String> documented = new TreeSet<>();
        rows().forEach(r -> documented.addAll(r.vectorOps()));
        assertEquals(new TreeSet<>(PrimitiveOps.handlers().keySet()), documented);
    }

    @Test
    void theCliSpellingsAndAliasesNameOneSignatureType() throws IOException {
        Set<SignatureType> covered = new TreeSet<>();
        for (Row r : rows()) {
            if (r.cli().isEmpty()) {
                assertTrue(r.cliAliases().isEmpty(), r.primitive() + ": an alias needs a canonical spelling");
                continue;
            }
            assertEquals(1, r.cli().size(), r.primitive());
            SignatureType type = SignatureType.parse(r.cli().get(0));
            assertEquals(r.cli().get(0), type.canonicalName(), r.primitive());
            for (String alias : r.cliAliases()) {
                assertEquals(type, SignatureType.parse(alias), alias);
            }
            covered.add(type);
        }
        assertEquals(Set.of(SignatureType.values()), covered, "every signature type has its row");
        assertThrows(InvalidInputException.class, () -> SignatureType.parse("keccak_schnorr"));
    }

    @Test
    void theParserReadsTheTableItChecks() throws IOException {
        // Guards the checks above against passing on an empty or misread table.
        List<Row> rows = rows();
        assertEquals(8, rows.size());
        Row cryptoNote = rows.stream().filter(r -> r.primitive().equals("CryptoNote signature")).findFirst().orElseThrow();
        assertEquals(List.of("monero"), cryptoNote.cliAliases());
        assertEquals(List.of("keccak_schnorr_sign", "keccak_schnorr_verify"), cryptoNote.vectorOps());
        assertFalse(rows.get(0).jca().isEmpty());
    }

    private static String[] split(String typeAndName) {
        int dot = typeAndName.indexOf('.');
        assertTrue(dot > 0, typeAndName);
        return new String[] {typeAndName.substring(0, dot), typeAndName.substring(dot + 1)};
    }

    /** The rows of the table under "## Primitives" in docs/names.md. */
    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(root().resolve("docs/names.md"));
        int start = lines.indexOf("## Primitives");
        assertTrue(start >= 0, "docs/names.md has no '## Primitives' section");
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            assertEquals(8, cells.length, line);
            if (cells[0].isBlank() || cells[0].trim().equals("primitive") || cells[0].startsWith("---")) {
                continue;
            }
            rows.add(new Row(cells[0].trim(), code(cells[1]), code(cells[2]), code(cells[3]), code(cells[4]),
                    code(cells[5]), code(cells[6]), code(cells[7])));
        }
        return rows;
    }

    private static List<String> code(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isRegularFile(p.resolve("docs/names.md")) && Files.isDirectory(p.resolve("java")))) {
            p = p.getParent();
        }
        assertNotNull(p, "repository root not found above " + Path.of("").toAbsolutePath());
        return p;
    }
}
