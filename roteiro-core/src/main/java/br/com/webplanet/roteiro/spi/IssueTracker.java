package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.NewIssue;
import br.com.webplanet.roteiro.model.TicketId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The issue tracker port (GitHub). Every issue we create carries a hidden marker naming its
 * ticket, so it can be found again without the journal. Implementations pass {@code IssueTrackerContract}.
 */
public interface IssueTracker {
    /** The hidden marker put in an issue body for {@code ticket}. */
    static String marker(TicketId ticket) {
        return "<!-- roteiro:ticket=" + ticket.value() + " -->";
    }

    /**
     * Every marked issue of {@code repository} updated since {@code since} (null: all), by ticket —
     * in one paged listing, not one request per ticket.
     */
    Map<TicketId, IssueRef> markedIssues(String repository, Instant since);

    /** The issue carrying {@code ticket}'s marker, if any. */
    Optional<IssueRef> findByMarker(String repository, TicketId ticket);

    /** Creates the issue with the marker appended to its body. */
    IssueRef create(NewIssue issue);

    Optional<IssueRef> get(String repository, int number);

    /** Whether the repository is public (anyone can read what we post). */
    boolean isPublic(String repository);
}
