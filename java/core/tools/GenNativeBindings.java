/*
 * Writes the native backend's bindings, src/main/java/dev/onscrypto/internal/ffm/{OnsFunction, OnsNative,
 * SodiumFunction, Sodium}.java, from tools/native-functions.txt (which functions, bound how, and why) and
 * ../../native/include/onscrypto.h (the prototypes of our own C). Run from java/core:
 *
 *     java tools/GenNativeBindings.java
 *
 * NativeBindingsTest checks that the committed files are exactly this program's output; it runs it with
 * --out naming a scratch folder (--table and --header name other inputs, for its failure cases).
 *
 * Per library it writes an enum with one constant per function (symbol and FunctionDescriptor; the loader
 * checks its symbols() before anything is bound) and a binding class holding the static final method
 * handles (static finals, so the JIT treats them as constants) and one wrapper per function with the C
 * name and parameter order. C types map as on LP64 Linux, the only ABI we build for (x86_64, aarch64):
 * a pointer or array is ADDRESS (MemorySegment), int is JAVA_INT, size_t and unsigned long long are
 * JAVA_LONG.
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.lang.model.SourceVersion;

public class GenNativeBindings {
    static final String REGENERATE = "cd java/core && java tools/GenNativeBindings.java";
    static final int WIDTH = 120;

    /** A problem in the inputs: printed as one line, and the program exits 1 without writing anything. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /** How a C type crosses into Java. */
    enum Kind {
        ADDRESS("ADDRESS", "MemorySegment"),
        INT("JAVA_INT", "int"),
        LONG("JAVA_LONG", "long");

        final String layout;
        final String java;

        Kind(String layout, String java) {
            this.layout = layout;
            this.java = java;
        }

        static Kind of(String cType, String where) {
            String t = cType.replaceAll("\\bconst\\b", " ").replaceAll("\\s+", " ").trim();
            if (t.endsWith("*")) {
                return ADDRESS;
            }
            return switch (t) {
                case "int" -> INT;
                case "size_t", "unsigned long long" -> LONG;
                default -> throw new Failure(where + ": C type '" + cType.trim()
                        + "' has no mapping (pointers, int, size_t and unsigned long long have)");
            };
        }
    }

    /** The handles a function gets, as the table's binding column names them. */
    enum Binding {
        CRITICAL("critical"),
        PLAIN("plain"),
        BOTH("critical plain"),
        ERRNO("errno"),
        PROBE("probe");

        final String word;

        Binding(String word) {
            this.word = word;
        }

        static Binding of(String text, String where) {
            String t = text.replaceAll("\\s+", " ").trim();
            for (Binding b : values()) {
                if (b.word.equals(t)) {
                    return b;
                }
            }
            throw new Failure(where + ": binding '" + text.trim()
                    + "' is none of critical, plain, critical plain, errno, probe, constant");
        }

        /** The javadoc's words for it, before the table's why. */
        String says() {
            return switch (this) {
                case CRITICAL -> "Bound critical: ";
                case PLAIN -> "Bound plain: ";
                case BOTH -> "Bound critical and plain; this is the plain handle (NativeBackend invokes the critical one "
                        + "itself): ";
                case ERRNO -> "Bound plain, capturing errno into {@code callState} (a {@link Downcalls#CALL_STATE} "
                        + "segment): ";
                case PROBE -> "Checked at load, not bound: ";
            };
        }
    }

    record Param(Kind kind, String name) {}

    record Function(String symbol, String prototype, Kind result, List<Param> params, Binding binding, String why) {
        String constant() {
            return symbol.toUpperCase(Locale.ROOT);
        }

        String handle(String variant) {
            return constant() + "_" + variant;
        }
    }

    record Constant(String name, String value, String why) {}

    /** One bound library: what the table lists for it, and the generated classes' names and words. */
    record Library(String key, String tableClass, String bindingClass, String loaderClass, String source,
            String tableDoc, String bindingDoc, List<Function> functions, List<Constant> constants) {}

    static final Pattern PROTOTYPE = Pattern.compile("(.*?)\\b([A-Za-z_]\\w*)\\s*\\((.*)\\)");
    static final Pattern PARAM = Pattern.compile("(.*?)\\b([A-Za-z_]\\w*)\\s*(\\[[^\\]]*\\])?");
    static final Pattern CONSTANT = Pattern.compile("([A-Z][A-Z0-9_]*)\\s*=\\s*(-?[0-9]+)");
    /** Names the wrappers use themselves. */
    static final Set<String> TAKEN = Set.of("critical", "callState", "t");

    static Function parse(String declaration, Binding binding, String why, String where) {
        String text = declaration.replaceAll("\\s+", " ").trim();
        Matcher m = PROTOTYPE.matcher(text);
        if (!m.matches() || m.group(1).isBlank()) {
            throw new Failure(where + ": not a C prototype 'result name(parameters)': " + text);
        }
        String symbol = m.group(2);
        Kind result = Kind.of(m.group(1), where + " (" + symbol + " result)");
        List<Param> params = new ArrayList<>();
        String list = m.group(3).trim();
        if (!list.equals("void")) {
            for (String p : list.split(",")) {
                Matcher pm = PARAM.matcher(p.trim());
                if (!pm.matches() || pm.group(1).isBlank()) {
                    throw new Failure(where + ": parameter '" + p.trim() + "' of " + symbol + " needs a type and a name");
                }
                String name = camel(pm.group(2));
                if (!SourceVersion.isName(name) || TAKEN.contains(name)
                        || params.stream().anyMatch(q -> q.name().equals(name))) {
                    throw new Failure(where + ": parameter name '" + pm.group(2) + "' of " + symbol
                            + " cannot be a Java parameter here");
                }
                Kind kind = pm.group(3) != null ? Kind.ADDRESS : Kind.of(pm.group(1), where + " (" + symbol + ")");
                params.add(new Param(kind, name));
            }
        }
        return new Function(symbol, text, result, List.copyOf(params), binding, why);
    }

    /** clen_p becomes clenP. */
    static String camel(String snake) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_' && !s.isEmpty()) {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }

    /** Every ONS_EXPORT declaration of the header: symbol to prototype, in header order. */
    static Map<String, String> exports(Path header) throws IOException {
        String text = Files.readString(header, StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\n]*", " ")
                .replaceAll("(?m)^\\s*#.*$", " ");
        Map<String, String> exports = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\bONS_EXPORT\\s+([^;]+);").matcher(text);
        while (m.find()) {
            String prototype = m.group(1).replaceAll("\\s+", " ").trim();
            Matcher p = PROTOTYPE.matcher(prototype);
            if (!p.matches()) {
                throw new Failure(header + ": cannot read the declaration '" + prototype + "'");
            }
            exports.put(p.group(2), prototype);
        }
        if (exports.isEmpty()) {
            throw new Failure(header + ": no ONS_EXPORT declaration found");
        }
        return exports;
    }

    static List<Library> read(Path table, Path header) throws IOException {
        Library ons = new Library("ons", "OnsFunction", "OnsNative", "OnsLibrary", "native/include/onscrypto.h",
                "Every function of our C library ({@code native/include/onscrypto.h}) the Java side uses, declared "
                        + "once: its symbol and signature, as the header declares them. The loader refuses a library "
                        + "that lacks any of {@link #symbols()}, and {@link OnsNative} binds its handles from these "
                        + "entries, so the two cannot drift apart.",
                "Bindings to our own C library ({@code native/include/onscrypto.h}): one static method per bound "
                        + "function, with the C name and parameter order.",
                new ArrayList<>(), new ArrayList<>());
        Library sodium = new Library("sodium", "SodiumFunction", "Sodium", "SodiumLibrary", null,
                "Every libsodium function the Java side uses, declared once: its symbol and signature "
                        + "({@code size_t} and {@code unsigned long long} are both 64-bit on LP64 Linux, hence "
                        + "{@code JAVA_LONG}). The loader refuses a library that lacks any of {@link #symbols()}, "
                        + "and {@link Sodium} binds its handles from these entries, so the two cannot drift apart.",
                "jextract-style bindings to the libsodium functions we use: one static method per bound function, "
                        + "with the C name and parameter order.",
                new ArrayList<>(), new ArrayList<>());
        Map<String, String> exported = exports(header);
        Set<String> seen = new HashSet<>();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = table.getFileName() + ":" + (i + 1);
            String[] f = line.split("\\|", -1);
            if (f.length != 4) {
                throw new Failure(where + ": expected 'library | binding | C declaration | why', got " + f.length
                        + " fields");
            }
            String why = f[3].strip();
            if (why.isEmpty()) {
                throw new Failure(where + ": say why it is bound this way");
            }
            Library library = switch (f[0].strip()) {
                case "ons" -> ons;
                case "sodium" -> sodium;
                default -> throw new Failure(where + ": library '" + f[0].strip() + "' is neither ons nor sodium");
            };
            String declaration = f[2].strip();
            if (f[1].strip().equals("constant")) {
                Matcher c = CONSTANT.matcher(declaration);
                if (!c.matches()) {
                    throw new Failure(where + ": a constant is 'NAME = integer', got '" + declaration + "'");
                }
                if (!seen.add(c.group(1))) {
                    throw new Failure(where + ": " + c.group(1) + " is listed twice");
                }
                library.constants().add(new Constant(c.group(1), c.group(2), why));
                continue;
            }
            Binding binding = Binding.of(f[1], where);
            if (library == ons) {
                // Our own functions: the header is the one place their prototypes are written.
                String prototype = exported.get(declaration);
                if (prototype == null) {
                    throw new Failure(where + ": '" + declaration + "' is not declared ONS_EXPORT in " + header);
                }
                declaration = prototype;
            }
            Function function = parse(declaration, binding, why, where);
            if (!seen.add(function.symbol())) {
                throw new Failure(where + ": " + function.symbol() + " is listed twice");
            }
            library.functions().add(function);
        }
        List<String> unlisted = exported.keySet().stream().filter(s -> !seen.contains(s)).toList();
        if (!unlisted.isEmpty()) {
            throw new Failure(header + " exports " + String.join(", ", unlisted) + ", missing from " + table
                    + " (list it, as probe if nothing calls it, so the loader checks it)");
        }
        return List.of(ons, sodium);
    }

    // ---- output ----------------------------------------------------------------------------------

    static String banner(Library library) {
        return "// Generated by java/core/tools/GenNativeBindings.java from java/core/tools/native-functions.txt"
                + (library.source() == null ? "" : "\n// and " + library.source()) + ".\n"
                + "// Do not edit: change " + (library.source() == null ? "the table" : "those") + " and run `"
                + REGENERATE + "`\n"
                + "// (NativeBindingsTest checks that this file is the generator's exact output).\n"
                + "package dev.onscrypto.internal.ffm;\n\n";
    }

    /** A javadoc comment at {@code indent}, its words filled to {@link #WIDTH} columns. */
    static void javadoc(StringBuilder o, String indent, String... paragraphs) {
        String single = indent + "/** " + String.join(" ", paragraphs) + " */";
        if (paragraphs.length == 1 && single.length() <= WIDTH) {
            o.append(single).append('\n');
            return;
        }
        o.append(indent).append("/**\n");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                o.append(indent).append(" *\n");
            }
            StringBuilder line = new StringBuilder(indent + " *");
            for (String word : paragraphs[i].split(" ")) {
                if (line.length() + 1 + word.length() > WIDTH && line.length() > indent.length() + 2) {
                    o.append(line).append('\n');
                    line = new StringBuilder(indent + " *");
                }
                line.append(' ').append(word);
            }
            o.append(line).append('\n');
        }
        o.append(indent).append(" */\n");
    }

    /** A statement at {@code indent}, broken after ", " where it would pass {@link #WIDTH} columns. */
    static void statement(StringBuilder o, String indent, String text) {
        String continuation = indent + "        ";
        StringBuilder line = new StringBuilder(indent);
        String[] pieces = text.split("(?<=, )");
        for (String piece : pieces) {
            if (line.length() + piece.stripTrailing().length() > WIDTH && !line.toString().isBlank()) {
                o.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(continuation);
            }
            line.append(piece);
        }
        o.append(line).append('\n');
    }

    static String descriptor(Function f) {
        StringBuilder d = new StringBuilder("FunctionDescriptor.of(").append(f.result().layout);
        for (Param p : f.params()) {
            d.append(", ").append(p.kind().layout);
        }
        return d.append(")").toString();
    }

    static String tableClass(Library library) {
        Set<String> layouts = new TreeSet<>();
        for (Function f : library.functions()) {
            layouts.add(f.result().layout);
            f.params().forEach(p -> layouts.add(p.kind().layout));
        }
        StringBuilder o = new StringBuilder(banner(library));
        for (String layout : layouts) {
            o.append("import static java.lang.foreign.ValueLayout.").append(layout).append(";\n");
        }
        o.append("\nimport java.lang.foreign.FunctionDescriptor;\nimport java.util.List;\n\n");
        javadoc(o, "", library.tableDoc());
        String name = library.tableClass();
        o.append("enum ").append(name).append(" implements NativeFunction {\n");
        List<Function> functions = library.functions();
        for (int i = 0; i < functions.size(); i++) {
            Function f = functions.get(i);
            String doc = "{@code " + f.prototype() + "}.";
            javadoc(o, "    ", f.binding() == Binding.PROBE ? doc + " " + f.binding().says() + f.why() + "." : doc);
            statement(o, "    ", f.constant() + "(\"" + f.symbol() + "\", " + descriptor(f) + ")"
                    + (i == functions.size() - 1 ? ";" : ","));
        }
        o.append("""

                    private final String symbol;
                    private final FunctionDescriptor descriptor;

                    NAME(String symbol, FunctionDescriptor descriptor) {
                        this.symbol = symbol;
                        this.descriptor = descriptor;
                    }

                    @Override
                    public String symbol() {
                        return symbol;
                    }

                    @Override
                    public FunctionDescriptor descriptor() {
                        return descriptor;
                    }

                    /** Every symbol, for the loader's exported-symbol check. */
                    static List<String> symbols() {
                        return NativeFunction.symbols(values());
                    }
                }
                """.replace("NAME", name));
        return o.toString();
    }

    static String bindingClass(Library library) {
        String table = library.tableClass();
        String name = library.bindingClass();
        List<Function> bound = library.functions().stream().filter(f -> f.binding() != Binding.PROBE).toList();
        StringBuilder o = new StringBuilder(banner(library));
        o.append("import java.lang.foreign.MemorySegment;\nimport java.lang.foreign.SymbolLookup;\n")
                .append("import java.lang.invoke.MethodHandle;\n\n")
                .append("import dev.onscrypto.internal.loader.").append(library.loaderClass()).append(";\n\n");
        javadoc(o, "", library.bindingDoc() + " The handles are {@code static final}, so the JIT treats them as "
                + "constants and inlines the call; a function whose input length is the caller's has a critical and "
                + "a plain handle (see {@link CallBuffers}), picked as {@link Downcalls} explains. How each function "
                + "is bound, and why, is in java/core/tools/native-functions.txt.",
                "<p>Initializing this class binds every handle, so it must happen only after {@link "
                        + library.loaderClass() + "#load} has succeeded (which checked that every symbol of {@link "
                        + table + "} is exported).");
        o.append("final class ").append(name).append(" {\n");
        for (Constant c : library.constants()) {
            javadoc(o, "    ", c.why() + ".");
            o.append("    static final int ").append(c.name()).append(" = ").append(c.value()).append(";\n\n");
        }
        o.append("    private static final SymbolLookup LIB = ").append(library.loaderClass())
                .append(".loaded().lookup();\n\n");
        for (Function f : bound) {
            String entry = table + "." + f.constant();
            switch (f.binding()) {
                case CRITICAL -> handle(o, f.handle("CRITICAL"), entry + ".critical(LIB)");
                case PLAIN -> handle(o, f.handle("PLAIN"), entry + ".plain(LIB)");
                case BOTH -> {
                    // Package-private: NativeBackend invokes the critical handle itself, in the method that
                    // makes the heap segments, so C2 compiles both together and allocates none of them.
                    // Behind a wrapper it often would not (a method holding a downcall compiles big, and
                    // C2 declines to inline big methods), and every segment passed in was allocated.
                    o.append("    /** Invoked directly by {@link NativeBackend}: see native-functions.txt. */\n");
                    handle(o, f.handle("CRITICAL"), entry + ".critical(LIB)", "static final");
                    handle(o, f.handle("PLAIN"), entry + ".plain(LIB)");
                }
                case ERRNO -> handle(o, f.handle("ERRNO"), entry + ".capturingErrno(LIB)");
                case PROBE -> throw new AssertionError();
            }
        }
        o.append("\n    private ").append(name).append("() {}\n\n");
        o.append("""
                    /** Forces the handles to be bound now, so that a binding problem surfaces in {@code load()}. */
                    static void bind() {
                        // class initialization does the work
                    }
                """);
        for (Function f : bound) {
            o.append('\n');
            wrapper(o, f);
        }
        o.append("}\n");
        return o.toString();
    }

    static void handle(StringBuilder o, String field, String binding) {
        handle(o, field, binding, "private static final");
    }

    static void handle(StringBuilder o, String field, String binding, String modifiers) {
        String line = "    " + modifiers + " MethodHandle " + field + " = " + binding + ";";
        o.append(line.length() <= WIDTH ? line : "    " + modifiers + " MethodHandle " + field + " =\n            "
                + binding + ";").append('\n');
    }

    static void wrapper(StringBuilder o, Function f) {
        javadoc(o, "    ", "{@code " + f.prototype() + "}. " + f.binding().says() + f.why() + ".");
        List<String> params = new ArrayList<>();
        if (f.binding() == Binding.ERRNO) {
            params.add("MemorySegment callState");
        }
        List<String> args = new ArrayList<>();
        if (f.binding() == Binding.ERRNO) {
            args.add("callState");
        }
        for (Param p : f.params()) {
            params.add(p.kind().java + " " + p.name());
            args.add(p.name());
        }
        String call = ".invokeExact(" + String.join(", ", args) + ")";
        String cast = "(" + f.result().java + ") ";
        // A function bound both ways gets a wrapper for its plain handle only: its critical handle is
        // invoked directly (see bindingClass).
        String method = f.binding() == Binding.BOTH ? f.symbol() + "_plain" : f.symbol();
        statement(o, "    ", "static " + f.result().java + " " + method + "(" + String.join(", ", params) + ") {");
        o.append("        try {\n");
        switch (f.binding()) {
            case BOTH, PLAIN -> statement(o, "            ", "return " + cast + f.handle("PLAIN") + call + ";");
            case CRITICAL -> statement(o, "            ", "return " + cast + f.handle("CRITICAL") + call + ";");
            case ERRNO -> statement(o, "            ", "return " + cast + f.handle("ERRNO") + call + ";");
            case PROBE -> throw new AssertionError();
        }
        o.append("""
                        } catch (Throwable t) {
                            throw Downcalls.unexpected(t);
                        }
                    }
                """);
    }

    /** File name to content, for every file this program writes. */
    static Map<String, String> generate(Path table, Path header) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Library library : read(table, header)) {
            files.put(library.tableClass() + ".java", tableClass(library));
            files.put(library.bindingClass() + ".java", bindingClass(library));
        }
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path table = Path.of("tools/native-functions.txt");
        Path header = Path.of("../../native/include/onscrypto.h");
        Path out = Path.of("src/main/java/dev/onscrypto/internal/ffm");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--table" -> table = Path.of(value);
                case "--header" -> header = Path.of(value);
                case "--out" -> out = Path.of(value);
                default -> {
                    System.err.println("usage (from java/core): java tools/GenNativeBindings.java"
                            + " [--table FILE] [--header FILE] [--out DIR]");
                    System.exit(2);
                }
            }
            if (value == null) {
                System.err.println("GenNativeBindings: " + args[i] + " needs a value");
                System.exit(2);
            }
            i++;
        }
        if (!Files.isRegularFile(table) || !Files.isRegularFile(header) || !Files.isDirectory(out)) {
            System.err.println("GenNativeBindings: run from java/core (missing " + table + ", " + header + " or " + out + ")");
            System.exit(2);
        }
        Map<String, String> files;
        try {
            files = generate(table, header);
        } catch (Failure e) {
            System.err.println("GenNativeBindings: " + e.getMessage());
            System.exit(1);
            return;
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(out.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("GenNativeBindings: wrote " + String.join(", ", files.keySet()) + " in " + out);
    }
}
