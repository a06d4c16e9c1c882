package br.com.webplanet.roteiro.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextBundleTest {

    @Test
    void ptBrByDefaultEnglishForAnyEnglishLocaleAndNeverTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);   // a JVM speaking English must not turn pt-BR texts English
            assertThat(TextBundle.of(TextBundleTest.class, "textbundle", Localized.PT_BR).get("greeting", "Ana"))
                    .isEqualTo("Olá, Ana");
            assertThat(TextBundle.of(TextBundleTest.class, "textbundle", null).get("greeting", "Ana")).isEqualTo("Olá, Ana");
            assertThat(TextBundle.of(TextBundleTest.class, "textbundle", Locale.GERMAN).locale()).isEqualTo(Localized.PT_BR);
            Locale.setDefault(Localized.PT_BR);
            assertThat(TextBundle.of(TextBundleTest.class, "textbundle", Locale.UK).get("greeting", "Ann")).isEqualTo("Hello, Ann");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aTextWithoutArgumentsIsAsWrittenAndWithArgumentsAMessageFormat() {
        TextBundle en = TextBundle.of(TextBundleTest.class, "textbundle", Locale.ENGLISH);
        assertThat(en.get("plain")).isEqualTo("Textura's");
        assertThat(en.all()).containsEntry("greeting", "Hello, {0}");
        assertThat(TextBundle.localized(TextBundleTest.class, "textbundle", "greeting", "Ana"))
                .isEqualTo(Localized.of("Olá, Ana", "Hello, Ana"));
    }

    /** Every module reads its bundles through TextBundle: no second wrapper of ResourceBundle + MessageFormat. */
    @Test
    void noMainSourceReadsAResourceBundleItself() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();   // the checkout, from roteiro-core
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/") && !f.toString().contains("/target"))
                    .filter(f -> !f.getFileName().toString().equals("TextBundle.java"))
                    .filter(f -> read(f).contains("ResourceBundle.getBundle"))
                    .toList();
        }
        assertThat(root.resolve("roteiro-mail/src/main/java")).isDirectory();
        assertThat(offenders).isEmpty();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
