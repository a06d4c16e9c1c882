package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.IssueState;
import br.com.webplanet.roteiro.model.NewIssue;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.IssueTracker;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An {@link IssueTracker} held in memory; repositories are private unless {@link #makePublic}. */
public final class InMemoryIssueTracker implements IssueTracker {
    private final Clock clock;
    private final List<Stored> issues = new ArrayList<>();
    private final Set<String> publicRepositories = new HashSet<>();

    private record Stored(IssueRef ref, NewIssue issue, String body) {}

    public InMemoryIssueTracker(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    public synchronized void makePublic(String repository) {
        publicRepositories.add(repository);
    }

    /** Closes (or reopens) an issue, as a developer would. */
    public synchronized void setState(String repository, int number, IssueState state) {
        for (int i = 0; i < issues.size(); i++) {
            Stored s = issues.get(i);
            if (s.ref().repository().equals(repository) && s.ref().number() == number) {
                IssueRef r = s.ref();
                issues.set(i, new Stored(new IssueRef(r.repository(), r.number(), r.url(), state, r.ticket(),
                        clock.instant(), false), s.issue(), s.body()));
            }
        }
    }

    /** Bodies of every created issue, as posted. */
    public synchronized List<String> bodies() {
        return issues.stream().map(Stored::body).toList();
    }

    @Override
    public synchronized Map<TicketId, IssueRef> markedIssues(String repository, Instant since) {
        Map<TicketId, IssueRef> result = new LinkedHashMap<>();
        for (Stored s : issues) {
            if (s.ref().repository().equals(repository) && (since == null || !s.ref().updatedAt().isBefore(since))) {
                result.put(s.ref().ticket(), s.ref());
            }
        }
        return result;
    }

    @Override
    public synchronized Optional<IssueRef> findByMarker(String repository, TicketId ticket) {
        String marker = IssueTracker.marker(ticket);
        return issues.stream()
                .filter(s -> s.ref().repository().equals(repository) && s.body().contains(marker))
                .map(Stored::ref).findFirst();
    }

    @Override
    public synchronized IssueRef create(NewIssue issue) {
        int number = (int) issues.stream().filter(s -> s.ref().repository().equals(issue.repository())).count() + 1;
        IssueRef ref = new IssueRef(issue.repository(), number,
                URI.create("https://github.invalid/" + issue.repository() + "/issues/" + number), IssueState.OPEN,
                issue.ticket(), clock.instant(), false);
        issues.add(new Stored(ref, issue, issue.body() + "\n\n" + IssueTracker.marker(issue.ticket())));
        return ref;
    }

    @Override
    public synchronized Optional<IssueRef> get(String repository, int number) {
        return issues.stream().map(Stored::ref)
                .filter(r -> r.repository().equals(repository) && r.number() == number).findFirst();
    }

    @Override
    public synchronized boolean isPublic(String repository) {
        return publicRepositories.contains(repository);
    }
}
