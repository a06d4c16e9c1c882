package br.com.webplanet.roteiro.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Journal.EffectState;
import br.com.webplanet.roteiro.spi.JournalKeys;
import br.com.webplanet.roteiro.spi.ReconcileRequiredException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Journal} does, as {@link Journal} describes it. Subclasses give a fresh,
 * empty journal per test and its dry-run view.
 */
public abstract class JournalContract {
    private final AtomicInteger calls = new AtomicInteger();

    /** A fresh journal with nothing recorded. */
    protected abstract Journal journal();

    /** The read-only view of {@link #journal()} a dry-run sees. */
    protected abstract Journal dryRunView();

    /** A value with java.time and Optional parts, as connectors record. */
    public record Sent(String messageId, Instant at, LocalDate day, Optional<String> note, List<String> to) {}

    private String sent() {
        return "sent-" + calls.incrementAndGet();
    }

    private void leavePending(String key) {
        assertThatThrownBy(() -> journal().once(key, String.class, () -> {
            throw new IllegalStateException("connection reset");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("connection reset");
    }

    @Test
    void effectRunsOnceAndLaterCallsReturnTheRecordedResult() {
        TicketId first = journal().once("mail:<a@b>", TicketId.class, () -> new TicketId("G3-" + calls.incrementAndGet()));
        TicketId again = journal().once("mail:<a@b>", TicketId.class, () -> new TicketId("G3-" + calls.incrementAndGet()));

        assertThat(first).isEqualTo(new TicketId("G3-1"));
        assertThat(again).isEqualTo(first);
        assertThat(calls).hasValue(1);
        assertThat(journal().state("mail:<a@b>")).isEqualTo(EffectState.DONE);
        assertThat(journal().result("mail:<a@b>", TicketId.class)).contains(first);
    }

    @Test
    void unknownKeyIsAbsentWithNoResult() {
        assertThat(journal().state("nothing")).isEqualTo(EffectState.ABSENT);
        assertThat(journal().result("nothing", String.class)).isEmpty();
    }

    @Test
    void valuesWithTimesAndOptionalsRoundTrip() {
        Sent value = new Sent("<m@x>", Instant.parse("2026-03-02T11:00:00Z"), LocalDate.of(2026, 3, 2),
                Optional.of("ok"), List.of("a@x", "b@x"));

        journal().once("ack:G3-1", Sent.class, () -> value);

        assertThat(journal().result("ack:G3-1", Sent.class)).contains(value);
    }

    @Test
    void failedEffectStaysPendingAndIsNeverRedoneBlindly() {
        leavePending("ack:G3-1");

        assertThat(journal().state("ack:G3-1")).isEqualTo(EffectState.PENDING);
        assertThatThrownBy(() -> journal().once("ack:G3-1", String.class, this::sent))
                .isInstanceOf(ReconcileRequiredException.class).hasMessageContaining("ack:G3-1");
        assertThat(calls).hasValue(0);
    }

    @Test
    void pendingEffectFoundAtTheRemoteIsRecordedNotRedone() {
        leavePending("ack:G3-1");

        String found = journal().once("ack:G3-1", String.class, () -> Optional.of("found-in-sent"), this::sent);

        assertThat(found).isEqualTo("found-in-sent");
        assertThat(calls).hasValue(0);
        assertThat(journal().state("ack:G3-1")).isEqualTo(EffectState.DONE);
        assertThat(journal().once("ack:G3-1", String.class, this::sent)).isEqualTo("found-in-sent");
    }

    @Test
    void pendingEffectNotFoundAtTheRemoteRunsOnce() {
        leavePending("ack:G3-1");

        String done = journal().once("ack:G3-1", String.class, Optional::empty, this::sent);

        assertThat(done).isEqualTo("sent-1");
        assertThat(journal().once("ack:G3-1", String.class, Optional::empty, this::sent)).isEqualTo("sent-1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void effectThatDidNotHappenIsWithdrawn() {
        assertThatThrownBy(() -> journal().once("a", String.class, () -> {
            throw new EffectNotPerformedException("422 Unprocessable", null);
        })).isInstanceOf(EffectNotPerformedException.class);

        assertThat(journal().state("a")).isEqualTo(EffectState.ABSENT);
        assertThat(journal().once("a", String.class, this::sent)).isEqualTo("sent-1");
    }

    @Test
    void checkedExceptionOfAnEffectIsWrappedAndLeavesItPending() {
        assertThatThrownBy(() -> journal().once("b", String.class, () -> {
            throw new java.io.IOException("broken pipe");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("broken pipe");

        assertThat(journal().state("b")).isEqualTo(EffectState.PENDING);
    }

    @Test
    void dryRunViewReadsButNeverWritesNorRunsEffects() {
        journal().once("done", String.class, () -> "x");
        journal().checkpoint("imap:INBOX").put("7:100");
        Journal dry = dryRunView();

        assertThat(dry.once("done", String.class, () -> "y")).isEqualTo("x");
        assertThat(dry.checkpoint("imap:INBOX").get()).contains("7:100");
        assertThatThrownBy(() -> dry.once("new", String.class, this::sent)).isInstanceOf(IllegalStateException.class);
        dry.checkpoint("imap:INBOX").put("7:200");
        dry.record("t", "k", "v");

        assertThat(calls).hasValue(0);
        assertThat(journal().state("new")).isEqualTo(EffectState.ABSENT);
        assertThat(journal().checkpoint("imap:INBOX").get()).contains("7:100");
        assertThat(journal().records("t", String.class)).isEmpty();
    }

    @Test
    void checkpointKeepsTheLastValue() {
        Journal.Checkpoint checkpoint = journal().checkpoint("imap:INBOX");
        assertThat(checkpoint.get()).isEmpty();

        checkpoint.put("7:100");
        checkpoint.put("7:120");

        assertThat(journal().checkpoint("imap:INBOX").get()).contains("7:120");
        assertThat(journal().checkpoint("imap:Sent").get()).isEmpty();
    }

    @Test
    void recordsKeepFirstRecordedOrderAndReplaceValues() {
        journal().record("mail.decisions", "<2>", new TicketId("G3-2"));
        journal().record("mail.decisions", "<1>", new TicketId("G3-1"));
        journal().record("mail.decisions", "<2>", new TicketId("G3-9"));
        journal().record("other", "<1>", new TicketId("G3-5"));

        assertThat(journal().records("mail.decisions", TicketId.class)).containsExactly(
                Map.entry("<2>", new TicketId("G3-9")), Map.entry("<1>", new TicketId("G3-1")));
        assertThat(journal().records("nothing", TicketId.class)).isEmpty();
    }

    @Test
    void forgetDeletesOneRecordOnlyAndDryRunForgetsNothing() {
        journal().record("textura.romaneio-inbox", "doc-1", new TicketId("G3-1"));
        journal().record("textura.romaneio-inbox", "doc-2", new TicketId("G3-2"));
        journal().record("other", "doc-1", new TicketId("G3-3"));

        assertThat(dryRunView().forget("textura.romaneio-inbox", "doc-1")).isFalse();
        assertThat(journal().records("textura.romaneio-inbox", TicketId.class)).containsOnlyKeys("doc-1", "doc-2");

        assertThat(journal().forget("textura.romaneio-inbox", "doc-1")).isTrue();
        assertThat(journal().forget("textura.romaneio-inbox", "doc-1")).isFalse();
        assertThat(journal().forget("nothing", "doc-1")).isFalse();

        assertThat(journal().records("textura.romaneio-inbox", TicketId.class))
                .containsExactly(Map.entry("doc-2", new TicketId("G3-2")));
        assertThat(journal().records("other", TicketId.class)).containsOnlyKeys("doc-1");
        journal().record("textura.romaneio-inbox", "doc-1", new TicketId("G3-4"));
        assertThat(journal().records("textura.romaneio-inbox", TicketId.class)).containsKeys("doc-1", "doc-2");
    }

    @Test
    void forgetTakesAKeyAsGivenOrAsRecordsListedIt() {
        String longKey = "mail-doc:<" + "y".repeat(1_200) + "@x>";
        journal().record("textura.romaneio-inbox", longKey, "v");
        String listed = journal().records("textura.romaneio-inbox", String.class).keySet().iterator().next();

        assertThat(journal().forget("textura.romaneio-inbox", listed)).isTrue();
        assertThat(journal().records("textura.romaneio-inbox", String.class)).isEmpty();
        journal().record("textura.romaneio-inbox", longKey, "v");
        assertThat(journal().forget("textura.romaneio-inbox", longKey)).isTrue();
        assertThat(journal().records("textura.romaneio-inbox", String.class)).isEmpty();
    }

    @Test
    void keysLongerThanTheTablesHoldAreHashedNotRefused() {
        String longId = "mail:<" + "x".repeat(1_200) + "@spam.example>";
        String otherLongId = "mail:<" + "x".repeat(1_200) + "@spam.example.org>";

        TicketId first = journal().once(longId, TicketId.class, () -> new TicketId("G3-" + calls.incrementAndGet()));
        TicketId again = journal().once(longId, TicketId.class, () -> new TicketId("G3-" + calls.incrementAndGet()));
        TicketId other = journal().once(otherLongId, TicketId.class,
                () -> new TicketId("G3-" + calls.incrementAndGet()));

        assertThat(first).isEqualTo(again).isEqualTo(new TicketId("G3-1"));
        assertThat(other).isEqualTo(new TicketId("G3-2"));
        assertThat(journal().state(longId)).isEqualTo(EffectState.DONE);
        assertThat(journal().result(longId, TicketId.class)).contains(first);

        journal().checkpoint("imap:" + "F".repeat(1_500)).put("7:1");
        assertThat(journal().checkpoint("imap:" + "F".repeat(1_500)).get()).contains("7:1");
        assertThat(journal().checkpoint("imap:" + "F".repeat(1_501)).get()).isEmpty();

        String topic = "t".repeat(300);
        journal().record(topic, longId, new TicketId("G3-7"));
        Map<String, TicketId> records = journal().records(topic, TicketId.class);
        assertThat(records).hasSize(1);
        String storedKey = records.keySet().iterator().next();
        assertThat(storedKey).hasSizeLessThanOrEqualTo(1000).startsWith("mail:<xxxx").contains("sha256:")
                .isEqualTo(JournalKeys.stored(longId));
        assertThat(records.get(storedKey)).isEqualTo(new TicketId("G3-7"));
    }

    @Test
    void keysUpToTheLimitAreStoredAsGiven() {
        String key = "k".repeat(1000);
        journal().record("t", key, "v");

        assertThat(journal().records("t", String.class)).containsOnlyKeys(key);
        assertThat(JournalKeys.stored(key)).isSameAs(key);
    }
}
