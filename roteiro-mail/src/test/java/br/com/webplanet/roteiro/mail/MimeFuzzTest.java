package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the MIME reader with a seeded mutator over real-world mail (the Zammad corpus, when present) and
 * the hostile set: bytes flipped, cut, repeated, boundaries and headers spliced in, nesting deepened. Every
 * mutant must either be read (text within the cap) or be refused as unreadable with a reason a person can
 * act on (the quarantine path); any other exception or error fails the test, naming the seed and mutant.
 *
 * <p>Runs 5 seconds in the suite. Longer, or replaying one seed:
 * {@code mvn -pl roteiro-mail verify -Dtest=MimeFuzzTest -Droteiro.fuzz.seconds=600 -Droteiro.fuzz.seed=42}.
 */
class MimeFuzzTest {
    private static final List<String> SPLICES = List.of("\r\n--B\r\n", "\r\n--B--\r\n",
            "\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n", "\r\nContent-Transfer-Encoding: base64\r\n",
            "\r\nContent-Transfer-Encoding: x-unknown\r\n", "\r\nContent-Type: text/html; charset=x-bogus\r\n",
            "=?UTF-8?Q?=C3?=", "=?gb2312?B?////?=", "\u001b$B", "\r\nContent-Type: message/rfc822\r\n\r\n",
            "\r\nContent-Type: multipart/alternative; boundary=\"\"\r\n", "\r\n\r\n", "<html><body><div><div>",
            "\r\nContent-Disposition: attachment; filename*=utf-8''%FF%FE\r\n", "\r\nFrom: <>\r\n", "\u0000");

    @Test
    void noMutantCrashesTheReader() throws Exception {
        long seconds = Long.getLong("roteiro.fuzz.seconds", 5);
        long seed = Long.getLong("roteiro.fuzz.seed", System.nanoTime());
        List<byte[]> seeds = seeds();
        assertThat(seeds).isNotEmpty();
        Random random = new Random(seed);
        MessageReader reader = new MessageReader(Instant.EPOCH);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int mutants = 0;
        int read = 0;
        int refused = 0;
        while (System.nanoTime() < deadline) {
            byte[] mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
            mutants++;
            MimeMessage message;
            try {
                message = new MimeMessage(MailSessions.local(), new ByteArrayInputStream(mutant));
            } catch (MessagingException e) {
                refused++; // not a message at all: the server would not hand it over as one either
                continue;
            }
            try {
                ParsedMail mail = reader.read(message, "INBOX", mutants);
                assertThat(mail.text().length()).isLessThanOrEqualTo(ReadLimits.MAX_TICKET_TEXT_CHARS);
                assertThat(mail.subject()).doesNotContain("\r", "\n");
                read++;
            } catch (UnreadableMailException e) {
                assertThat(e.getMessage()).as("quarantine reason").isNotBlank();
                refused++;
            } catch (Throwable t) {
                fail("mutant " + mutants + " of seed " + seed + " crashed the reader (replay with -Droteiro.fuzz.seed="
                        + seed + "): " + t + "\n" + preview(mutant), t);
            }
        }
        System.out.printf("MIME fuzz: seed %d, %d mutants in %d s, %d read, %d refused%n", seed, mutants, seconds, read, refused);
        assertThat(mutants).isGreaterThan(seeds.size());
        assertThat(read).as("most mutants stay readable").isPositive();
    }

    private static List<byte[]> seeds() throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (Hostile.Case c : Hostile.all()) {
            if (c.bytes().length < 2_000_000) {
                out.add(c.bytes());
            }
        }
        Path corpus = ZammadCorpusTest.corpus();
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
                    out.add(Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds && b.length > 0; r++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(7)) {
                case 0 -> { // flip bytes
                    for (int i = 0; i < 1 + random.nextInt(8); i++) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> b = java.util.Arrays.copyOf(b, at); // cut
                case 2 -> { // delete a region
                    int len = Math.min(b.length - at, random.nextInt(200));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    b = c;
                }
                case 3 -> b = insert(b, at, SPLICES.get(random.nextInt(SPLICES.size())).getBytes(StandardCharsets.ISO_8859_1));
                case 4 -> { // repeat a region
                    int len = Math.min(b.length - at, 1 + random.nextInt(300));
                    byte[] region = java.util.Arrays.copyOfRange(b, at, at + len);
                    for (int i = 0; i < 1 + random.nextInt(20); i++) {
                        b = insert(b, at, region);
                    }
                }
                case 5 -> { // deepen nesting
                    StringBuilder nest = new StringBuilder();
                    for (int i = 0; i < random.nextInt(40); i++) {
                        nest.append("Content-Type: multipart/mixed; boundary=\"N").append(i).append("\"\r\n\r\n--N").append(i).append("\r\n");
                    }
                    b = insert(b, at, nest.toString().getBytes(StandardCharsets.ISO_8859_1));
                }
                default -> { // swap line endings
                    for (int i = 0; i < b.length; i++) {
                        if (b[i] == '\r' && random.nextInt(4) == 0) {
                            b[i] = '\n';
                        }
                    }
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, at);
        out.writeBytes(what);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static String preview(byte[] b) {
        return new String(b, 0, Math.min(b.length, 600), StandardCharsets.ISO_8859_1);
    }
}
