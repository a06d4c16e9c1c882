package br.com.webplanet.roteiro.examples.external;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.examples.RoteiroCli;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin written as the README's "Write your own step" says, compiled outside the reactor
 * against roteiro-core only, jarred with its {@code META-INF/services} entry and put on the
 * launcher's class path: discovered, ordered by {@code dependsOn}, run; the step that throws is
 * FAILED with its message while the others run.
 */
class ExternalPluginTest {
    @TempDir
    static Path dir;
    private static Path pluginJar;
    private static String coreOnly;
    private static String launcherPath;
    private static Path config;

    @BeforeAll
    static void buildThePluginOutsideTheReactor() throws Exception {
        List<String> classPath = testClassPath();
        coreOnly = String.join(File.pathSeparator, classPath.stream()
                .filter(e -> e.contains("roteiro-core") && !e.contains("tests") && !e.contains("test-classes")
                        || e.contains("guice") || e.contains("jakarta.inject")).toList());
        Path src = dir.resolve("src/com/acme/roteiro");
        Files.createDirectories(src);
        for (String name : List.of("AcmeModule", "ColetaStep", "ResumoStep", "QuebradoStep")) {
            Files.writeString(src.resolve(name + ".java"), source(name));
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-classpath", coreOnly, "-d", classes.toString()));
        try (Stream<Path> files = Files.list(src)) {
            files.forEach(f -> args.add(f.toString()));
        }
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac against roteiro-core only").isZero();
        pluginJar = jar(classes, dir.resolve("acme-roteiro-plugin.jar"));

        List<String> launcher = new ArrayList<>(classPath.stream().filter(e -> !e.matches(
                ".*roteiro-(mail|g3stor|github|textura|example-plugin|examples/example-plugin).*")).toList());
        launcher.add(pluginJar.toString());
        launcherPath = String.join(File.pathSeparator, launcher);
        config = Files.writeString(dir.resolve("roteiro.yaml"), "roteiro:\n  journal-url: jdbc:h2:file:"
                + dir.resolve("journal/roteiro") + "\nreport:\n  dir: " + dir.resolve("relatorios") + "\n");
    }

    @Test
    void theLauncherDiscoversThePluginAndOrdersItsStepsByDependsOn() throws Exception {
        Result steps = launch("steps", "--config", config.toString());

        assertThat(steps.exitCode()).as(steps.output()).isZero();
        assertThat(steps.output()).contains("acme.zeta-coleta", "acme.alfa-resumo", "acme.quebrado", "[acme]",
                "Coletar pedidos do dia");
        assertThat(steps.output().indexOf("acme.zeta-coleta")).as("dependsOn wins over the id's order")
                .isLessThan(steps.output().indexOf("acme.alfa-resumo"));
    }

    @Test
    void aStepThatThrowsIsFailedWithItsMessageAndTheOthersRun() throws Exception {
        Result run = launch("run", "--config", config.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).containsPattern("Coletar pedidos do dia — concluído  \\[acme.zeta-coleta]")
                .containsPattern("Resumir a coleta — concluído  \\[acme.alfa-resumo]")
                .contains("coleta anterior: 3 pedidos")
                .containsPattern("Conferir metas — falhou  \\[acme.quebrado]")
                .contains("planilha de metas não encontrada: /dados/metas.xlsx");
        assertThat(dir.resolve("relatorios")).isDirectoryContaining("glob:**.html");
    }

    @Test
    void theReadmeGuideCompilesAgainstRoteiroCoreAlone() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String guide = readme.substring(readme.indexOf("## Write your own step"), readme.indexOf("## Embedding"));
        java.util.regex.Matcher blocks = java.util.regex.Pattern.compile("```java\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(guide);
        Path src = Files.createDirectories(dir.resolve("readme-src/com/acme/roteiro"));
        String imports = "package com.acme.roteiro;\n\nimport br.com.webplanet.roteiro.model.Localized;\n"
                + "import br.com.webplanet.roteiro.spi.*;\nimport com.google.inject.AbstractModule;\n"
                + "import jakarta.inject.Inject;\nimport java.net.URI;\n\n";
        List<String> args = new ArrayList<>(List.of("--release", "17", "-classpath", coreOnly, "-d",
                Files.createDirectories(dir.resolve("readme-classes")).toString()));
        while (blocks.find()) {
            String code = blocks.group(1).replaceAll("(?m)^   ", "");
            String name = code.replaceAll("(?s).*?public final class (\\w+).*", "$1");
            args.add(Files.writeString(src.resolve(name + ".java"), imports + code).toString());
        }

        assertThat(args).as("the guide's step and module").hasSize(8);
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .as("javac of the README's step and module against roteiro-core only").isZero();
    }

    private static Result launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", launcherPath, RoteiroCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("ROTEIRO_LANG", "pt-BR"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}

    /** The test JVM's class path (unwrapping surefire's manifest-only jar when used). */
    private static List<String> testClassPath() throws IOException {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        if (entries.size() == 1 && entries.get(0).contains("surefirebooter")) {
            try (JarFile booter = new JarFile(entries.get(0))) {
                String manifestPath = booter.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                return Stream.of(manifestPath.split(" ")).map(u -> Path.of(java.net.URI.create(u)).toString()).toList();
            }
        }
        return entries;
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> all = Files.walk(classes)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/br.com.webplanet.roteiro.spi.RoteiroModule"));
            out.write("com.acme.roteiro.AcmeModule\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static String source(String name) {
        String header = """
                package com.acme.roteiro;

                import br.com.webplanet.roteiro.model.Localized;
                import br.com.webplanet.roteiro.spi.*;
                import jakarta.inject.Inject;
                import java.net.URI;

                """;
        return header + switch (name) {
            case "AcmeModule" -> """
                    public final class AcmeModule extends com.google.inject.AbstractModule implements RoteiroModule {
                        @Override public String name() { return "acme"; }
                        @Override protected void configure() {
                            // bound in the "wrong" order on purpose: dependsOn decides
                            StepBinder.of(binder()).addStep(ResumoStep.class).addStep(QuebradoStep.class)
                                    .addStep(ColetaStep.class);
                        }
                    }
                    """;
            case "ColetaStep" -> step("acme.zeta-coleta", "Coletar pedidos do dia", "",
                    "return StepResult.builder().count(\"pedidos\", 3).summary(\"3 pedidos coletados\")"
                            + ".action(ActionRecord.done(\"acme.coleta\", \"pedidos\", \"coletou 3 pedidos\", null)).build();");
            case "ResumoStep" -> step("acme.alfa-resumo", "Resumir a coleta", ".withDependsOn(\"acme.zeta-coleta\")",
                    "long n = context.resultOf(\"acme.zeta-coleta\").map(r -> r.counts().get(\"pedidos\")).orElse(0L);"
                            + " return StepResult.of(StepStatus.DONE, \"coleta anterior: \" + n + \" pedidos\");");
            case "QuebradoStep" -> step("acme.quebrado", "Conferir metas", "",
                    "throw new IllegalStateException(\"planilha de metas não encontrada: /dados/metas.xlsx\");");
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String step(String id, String title, String extra, String body) {
        String cls = switch (id) {
            case "acme.zeta-coleta" -> "ColetaStep";
            case "acme.alfa-resumo" -> "ResumoStep";
            default -> "QuebradoStep";
        };
        return "public final class " + cls + " implements ChecklistStep {\n"
                + "    @Inject public " + cls + "() {}\n"
                + "    @Override public StepDescriptor descriptor() {\n"
                + "        return StepDescriptor.of(\"" + id + "\", Localized.of(\"" + title + "\", \"" + title + "\"),\n"
                + "                URI.create(\"https://wiki.acme.com.br/roteiro/" + id + "\"))" + extra + ";\n"
                + "    }\n"
                + "    @Override public StepResult execute(StepContext context) {\n"
                + "        " + body + "\n"
                + "    }\n"
                + "}\n";
    }
}
