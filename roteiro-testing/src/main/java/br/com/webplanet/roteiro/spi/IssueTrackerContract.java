package br.com.webplanet.roteiro.spi;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.IssueState;
import br.com.webplanet.roteiro.model.NewIssue;
import br.com.webplanet.roteiro.model.TicketId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IssueTracker} must do. {@link #repository()} must be private and empty. */
public abstract class IssueTrackerContract {
    protected IssueTracker tracker;

    protected abstract IssueTracker tracker() throws Exception;

    protected abstract String repository();

    @BeforeEach
    void createTracker() throws Exception {
        tracker = tracker();
    }

    @Test
    void createdIssueIsOpenAndFoundByMarkerAndListing() {
        TicketId ticket = new TicketId("G3-41");
        IssueRef created = tracker.create(new NewIssue(repository(), ticket, "Erro ao gerar boleto",
                "Passos para reproduzir…", List.of("g3stor", "prioridade:alta"), List.of(), null));

        assertThat(created.state()).isEqualTo(IssueState.OPEN);
        assertThat(created.ticket()).isEqualTo(ticket);
        assertThat(tracker.findByMarker(repository(), ticket)).map(IssueRef::number).contains(created.number());
        assertThat(tracker.findByMarker(repository(), new TicketId("G3-999"))).isEmpty();
        assertThat(tracker.markedIssues(repository(), null)).containsKey(ticket);
        assertThat(tracker.get(repository(), created.number())).map(IssueRef::number).contains(created.number());
        assertThat(tracker.isPublic(repository())).isFalse();
    }
}
