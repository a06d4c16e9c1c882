package br.com.webplanet.roteiro.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Journal.EffectState;
import br.com.webplanet.roteiro.spi.ReconcileRequiredException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryJournalTest {
    private final InMemoryJournal journal = new InMemoryJournal();
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void effectRunsOnceAndItsResultIsReturnedAfterwards() {
        TicketId first = journal.once("mail:<a@b>", TicketId.class, () -> new TicketId("G3-" + calls.incrementAndGet()));
        TicketId second = journal.once("mail:<a@b>", TicketId.class, () -> new TicketId("G3-" + calls.incrementAndGet()));

        assertThat(first).isEqualTo(new TicketId("G3-1"));
        assertThat(second).isEqualTo(first);
        assertThat(calls).hasValue(1);
        assertThat(journal.state("mail:<a@b>")).isEqualTo(EffectState.DONE);
    }

    @Test
    void pendingIntentIsReconciledNotRedone() {
        journal.leavePending("ack:G3-1");

        assertThatThrownBy(() -> journal.once("ack:G3-1", String.class, () -> "sent-" + calls.incrementAndGet()))
                .isInstanceOf(ReconcileRequiredException.class);
        String found = journal.once("ack:G3-1", String.class, () -> Optional.of("found-in-sent"),
                () -> "sent-" + calls.incrementAndGet());

        assertThat(found).isEqualTo("found-in-sent");
        assertThat(calls).hasValue(0);
    }

    @Test
    void effectThatDidNotHappenIsWithdrawnAndOtherFailuresStayPending() {
        assertThatThrownBy(() -> journal.once("a", String.class, () -> {
            throw new EffectNotPerformedException("422", null);
        })).isInstanceOf(EffectNotPerformedException.class);
        assertThat(journal.state("a")).isEqualTo(EffectState.ABSENT);

        assertThatThrownBy(() -> journal.once("b", String.class, () -> {
            throw new IllegalStateException("timeout");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(journal.state("b")).isEqualTo(EffectState.PENDING);
    }

    @Test
    void dryRunViewReadsButNeverWrites() {
        journal.once("done", String.class, () -> "x");
        InMemoryJournal dry = journal.dryRunView();

        assertThat(dry.once("done", String.class, () -> "y")).isEqualTo("x");
        assertThatThrownBy(() -> dry.once("new", String.class, () -> "z")).isInstanceOf(IllegalStateException.class);
        dry.checkpoint("imap:INBOX").put("1:10");
        dry.record("t", "k", "v");
        assertThat(journal.checkpoint("imap:INBOX").get()).isEmpty();
        assertThat(journal.records("t", String.class)).isEmpty();
    }

    @Test
    void recordsKeepFirstRecordedOrderAndReplaceValues() {
        journal.record("mail.decisions", "<1>", new TicketId("G3-1"));
        journal.record("mail.decisions", "<2>", new TicketId("G3-2"));
        journal.record("mail.decisions", "<1>", new TicketId("G3-9"));

        assertThat(journal.records("mail.decisions", TicketId.class))
                .containsExactly(java.util.Map.entry("<1>", new TicketId("G3-9")), java.util.Map.entry("<2>", new TicketId("G3-2")));
    }
}
