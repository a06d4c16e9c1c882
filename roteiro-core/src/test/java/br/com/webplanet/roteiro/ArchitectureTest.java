package br.com.webplanet.roteiro;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Ticket;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of roteiro-core apart by reading the compiled classes' constant pools (every
 * class a class file names, in code, signatures and annotations): {@code model} uses only the JDK;
 * {@code spi} only the JDK, {@code model} and the Guice/jakarta.inject API; {@code sla} only the
 * JDK and {@code model}; {@code report} never the engine, config, sla or memory packages.
 */
class ArchitectureTest {
    static final String BASE = "br/com/webplanet/roteiro/";
    static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[\\w$]+)+);");

    static Predicate<String> jdk() {
        return name -> name.startsWith("java/") || name.startsWith("javax/annotation/");
    }

    static Predicate<String> own(String... packages) {
        return name -> Stream.of(packages).anyMatch(p -> name.startsWith(BASE + p + "/")
                && name.indexOf('/', (BASE + p + "/").length()) < 0);
    }

    @Test
    void modelDependsOnlyOnTheJdk() throws IOException {
        assertThat(violations("model", jdk().or(own("model")))).isEmpty();
    }

    @Test
    void spiDependsOnlyOnModelAndTheGuiceApi() throws IOException {
        Predicate<String> guice = n -> n.startsWith("com/google/inject/") || n.startsWith("jakarta/inject/");
        assertThat(violations("spi", jdk().or(own("model", "spi")).or(guice))).isEmpty();
    }

    @Test
    void slaDependsOnlyOnModel() throws IOException {
        assertThat(violations("sla", jdk().or(own("model", "sla")))).isEmpty();
    }

    @Test
    void reportDoesNotReachIntoEngineConfigSlaOrMemory() throws IOException {
        Predicate<String> inner = own("engine", "config", "sla", "memory")
                .or(n -> n.startsWith(BASE + "engine/"));
        assertThat(violations("report", inner.negate())).isEmpty();
    }

    /** A class that breaks the model rule on purpose: the check must see it. */
    static final class SyntheticViolation {
        final br.com.webplanet.roteiro.engine.Roteiro roteiro = null;
        final java.util.List<br.com.webplanet.roteiro.config.Secret> secrets = List.of();
    }

    @Test
    void theRuleCatchesAForbiddenReference() throws IOException {
        Path self = classesOf(ArchitectureTest.class).resolve(BASE + "ArchitectureTest$SyntheticViolation.class");
        Set<String> bad = new TreeSet<>(referencedTypes(self));
        bad.removeIf(jdk().or(own("model")));
        assertThat(bad).contains(BASE + "engine/Roteiro", BASE + "config/Secret");
        // and a stricter rule over a real package reports each offending class with the type it names
        assertThat(violations("spi", jdk().or(own("spi")))).contains("TicketSystem.class → br.com.webplanet.roteiro.model.Ticket");
    }

    @Test
    void theScanSeesRealReferences() throws IOException {
        Path ticket = classesOf(Ticket.class).resolve(BASE + "model/Ticket.class");
        assertThat(referencedTypes(ticket)).contains(BASE + "model/TicketId", "java/time/Instant");
    }

    /** "Class → forbidden type" for each class of {@code pkg} (not sub-packages) that names a type outside {@code allowed}. */
    static List<String> violations(String pkg, Predicate<String> allowed) throws IOException {
        Path dir = classesOf(Ticket.class).resolve(BASE + pkg);
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                for (String type : referencedTypes(file)) {
                    if (!allowed.test(type)) {
                        out.add(file.getFileName() + " → " + type.replace('/', '.'));
                    }
                }
            }
        }
        assertThat(dir).isDirectory();
        return out;
    }

    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Internal names of every type a class file refers to: class constants and types inside descriptors/signatures. */
    static Set<String> referencedTypes(Path classFile) throws IOException {
        Set<String> types = new TreeSet<>();
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != 0xCAFEBABE) {
                throw new IOException(classFile + " is not a class file");
            }
            data.readUnsignedShort();
            data.readUnsignedShort();
            int count = data.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> classIndexes = new ArrayList<>();
            Set<Integer> stringIndexes = new TreeSet<>();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = data.readUTF();
                    case 7 -> classIndexes.add(data.readUnsignedShort());
                    case 8 -> stringIndexes.add(data.readUnsignedShort());
                    case 16, 19, 20 -> data.readUnsignedShort();
                    case 15 -> data.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.readInt();
                    case 5, 6 -> {
                        data.readLong();
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
            for (int index : classIndexes) {
                String name = utf8[index];
                types.add(name.startsWith("[") ? name.replaceAll("^\\[+L?|;$", "") : name);
            }
            for (int i = 1; i < count; i++) {
                if (utf8[i] != null && !stringIndexes.contains(i)) {
                    Matcher m = DESCRIPTOR_TYPE.matcher(utf8[i]);
                    while (m.find()) {
                        types.add(m.group(1));
                    }
                }
            }
        }
        types.removeIf(t -> t.length() == 1 || !t.contains("/"));
        return types;
    }
}
