package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.testing.ImapProxy;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketQuery;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Intake fetches and reads ahead of its decisions on two helper threads ({@link IntakePipeline}), and the
 * STORE/MOVE of a decided chunk runs on the fetch thread. These tests hold what that must not change: mail
 * is decided in mailbox order across many small chunks, every message is archived, and a connection lost
 * in the middle of a run loses no mail and opens no ticket twice once the next run has finished.
 */
class IntakePipelineTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());

    @Test
    void manySmallChunksAreDecidedInMailboxOrderAndAllArchived() throws Exception {
        int n = 23;
        try (Harness h = new Harness(GREEN_MAIL)) {
            MailConfig base = TestMail.config(GREEN_MAIL);
            h.configure(base.withIntake(base.intake().withFetchChunk(4).withWriteEvery(4)));
            for (int i = 0; i < n; i++) {
                h.deliver(Harness.mail("cliente" + i + "@cliente" + i + ".com.br", subject(i), "Preciso de ajuda " + i));
            }

            StepResult first = h.run();

            List<String> opened = first.actions().stream().filter(a -> a.kind().equals("ticket.open"))
                    .map(ActionRecord::description).toList();
            assertThat(opened).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(opened.get(i)).as("decision %d in mailbox order", i).contains(subject(i));
            }
            assertThat(h.folder("INBOX")).isEmpty();
            assertThat(h.folder("Arquivo")).hasSize(n);

            StepResult second = h.run();
            assertThat(second.counts().getOrDefault("messages", 0L)).isZero();
            assertThat(h.tickets.size()).isEqualTo(n);
        }
    }

    @Test
    void aConnectionLostMidRunLosesNoMailAndOpensNoTicketTwice() throws Exception {
        int n = 40;
        try (ImapProxy proxy = new ImapProxy(GREEN_MAIL.getImap().getPort());
             Harness h = new Harness(GREEN_MAIL)) {
            MailConfig base = TestMail.config(GREEN_MAIL);
            MailConfig cut = TestMail.viaProxy(base, proxy.port(), base.intake().withFetchChunk(5).withWriteEvery(5));
            String text = "Olá, segue o relato do problema. ".repeat(60);
            for (int i = 0; i < n; i++) {
                h.deliver(Harness.mail("cliente" + i + "@cliente" + i + ".com.br", subject(i), text + i));
            }
            h.configure(cut);
            proxy.cutAfter(30_000);   // a few chunks into the run

            Exception failed = null;
            StepResult partial = null;
            try {
                partial = h.run();
            } catch (Exception e) {
                failed = e;
            }
            int openedBeforeTheCut = h.tickets.size();
            assertThat(failed != null || !partial.humanTasks().isEmpty())
                    .as("the lost connection is reported (exception or failed folder)").isTrue();
            assertThat(openedBeforeTheCut).as("some chunks were decided before the cut, not all").isBetween(1, n - 1);

            h.configure(base.withIntake(base.intake().withFetchChunk(5).withWriteEvery(5)));   // the network is back
            h.run();

            Map<String, Long> bySubject = h.tickets.search(TicketQuery.all())
                    .collect(Collectors.groupingBy(Ticket::subject, Collectors.counting()));
            assertThat(bySubject).as("one ticket per mail, none lost, none twice")
                    .isEqualTo(IntStream.range(0, n).mapToObj(IntakePipelineTest::subject)
                            .collect(Collectors.toMap(Function.identity(), s -> 1L)));
            assertThat(h.folder("INBOX")).isEmpty();
            assertThat(h.folder("Arquivo")).extracting(Message::getSubject)
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, n).mapToObj(IntakePipelineTest::subject).toList());
        }
    }

    private static String subject(int i) {
        return String.format("Pedido %02d", i);
    }
}
