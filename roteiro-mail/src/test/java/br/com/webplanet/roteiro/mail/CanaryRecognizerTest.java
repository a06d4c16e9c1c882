package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.memory.InMemoryJournal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanaryRecognizerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T13:00:00Z");

    private final InMemoryJournal journal = new InMemoryJournal();
    private final CanaryRecognizer recognizer = new CanaryRecognizer(journal);

    @Test
    void signedCanaryIsRecognisedWithItsThreadAndRecordedUnderItsDay() {
        byte[] key = CanaryRecognizer.keyOf(journal);
        String id = CanaryRecognizer.messageId("20261201-130000", key, "webplanet.com.br");
        String root = CanaryRecognizer.messageId(CanaryRecognizer.THREAD_ROOT, key, "webplanet.com.br");

        Optional<CanaryRecognizer.Sighting> seen = recognizer.recognise(id, root, List.of(root), NOW);

        assertThat(seen).hasValueSatisfying(s -> {
            assertThat(s.canaryId()).isEqualTo("20261201-130000");
            assertThat(s.threadOk()).isTrue();
        });
        recognizer.record(seen.get());
        assertThat(journal.records("canary.seen:20261201", CanaryRecognizer.Sighting.class))
                .containsKey("20261201-130000");
    }

    @Test
    void canaryWithoutItsThreadHeadersIsStillACanaryButNotThreadOk() {
        byte[] key = CanaryRecognizer.keyOf(journal);
        String id = CanaryRecognizer.messageId("20261201-130000", key, "webplanet.com.br");
        assertThat(recognizer.recognise(id, null, List.of(), NOW)).hasValueSatisfying(s -> assertThat(s.threadOk()).isFalse());
    }

    @Test
    void forgedOrForeignIdsAreOrdinaryMail() {
        CanaryRecognizer.keyOf(journal);
        byte[] otherKey = new byte[32];
        String forged = CanaryRecognizer.messageId("20261201-130000", otherKey, "webplanet.com.br");

        assertThat(recognizer.recognise(forged, null, List.of(), NOW)).as("signed with another key").isEmpty();
        assertThat(recognizer.recognise("<roteiro-canary.20261201-130000.abc@x>", null, List.of(), NOW)).isEmpty();
        assertThat(recognizer.recognise("<CAF123@mail.gmail.com>", null, List.of(), NOW)).isEmpty();
        assertThat(recognizer.recognise(null, null, List.of(), NOW)).isEmpty();
    }

    @Test
    void withoutAKeyNothingIsACanary() {
        byte[] key = new byte[32];
        String id = CanaryRecognizer.messageId("20261201-130000", key, "webplanet.com.br");
        assertThat(recognizer.recognise(id, null, List.of(), NOW)).isEmpty();
    }

    @Test
    void theThreadRootItselfIsNotAProbe() {
        byte[] key = CanaryRecognizer.keyOf(journal);
        String root = CanaryRecognizer.messageId(CanaryRecognizer.THREAD_ROOT, key, "webplanet.com.br");
        assertThat(recognizer.recognise(root, null, List.of(), NOW)).isEmpty();
        assertThat(CanaryRecognizer.keyOf(journal)).as("the key is created once").isEqualTo(key);
    }
}
