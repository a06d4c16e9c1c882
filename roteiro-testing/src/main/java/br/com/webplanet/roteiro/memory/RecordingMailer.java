package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.SentMail;
import br.com.webplanet.roteiro.spi.Mailer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@link Mailer} that keeps what it "sends" in memory (its own Sent folder). */
public final class RecordingMailer implements Mailer {
    private final Clock clock;
    private final MailAddress from;
    private final List<OutgoingMail> sent = new ArrayList<>();

    public RecordingMailer(Clock clock, MailAddress from) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.from = Objects.requireNonNull(from, "from is null");
    }

    @Override
    public synchronized SentMail send(OutgoingMail mail) {
        sent.add(mail);
        return new SentMail(mail.messageId(), clock.instant());
    }

    @Override
    public synchronized Optional<SentMail> findSent(String messageId) {
        return sent.stream().filter(m -> m.messageId().equals(messageId)).findFirst()
                .map(m -> new SentMail(m.messageId(), clock.instant()));
    }

    @Override
    public MailAddress from() {
        return from;
    }

    public synchronized List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }
}
