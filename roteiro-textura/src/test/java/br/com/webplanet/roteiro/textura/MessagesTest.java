package br.com.webplanet.roteiro.textura;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Localized;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/br/com/webplanet/roteiro/textura/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTextExistsInPortugueseAndEnglishAndEveryKeyTheCodeUsesIsThere() throws IOException {
        Properties pt = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"((?:architects|romaneios|phone|field)\\.[a-zA-Z.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(pt.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(pt.stringPropertyNames()).containsAll(used.stream().filter(k -> !k.endsWith(".")).toList());
    }

    @Test
    void portugueseIsTheDefaultWhateverTheJvmLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.text(Localized.PT_BR, "romaneios.empty")).isEqualTo("o documento não contém nenhum romaneio");
            assertThat(Messages.text(Locale.ENGLISH, "romaneios.empty")).isEqualTo("the document holds no romaneio");
        } finally {
            Locale.setDefault(previous);
        }
    }
}
