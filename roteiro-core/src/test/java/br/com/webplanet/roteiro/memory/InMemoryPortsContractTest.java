package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.ArchitectRegistryContract;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.IssueTrackerContract;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.MailerContract;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.RomaneioBookContract;
import br.com.webplanet.roteiro.spi.TicketSystem;
import br.com.webplanet.roteiro.spi.TicketSystemContract;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Nested;

class InMemoryPortsContractTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @Nested
    class TicketSystemTest extends TicketSystemContract {
        private InMemoryTicketSystem system;

        @Override
        protected TicketSystem ticketSystem() {
            system = new InMemoryTicketSystem(CLOCK);
            return system;
        }

        @Override
        protected void seedCustomer(Customer customer) {
            system.putCustomer(customer);
        }

        @Override
        protected void seedAttendance(Attendance attendance) {
            system.putAttendance(attendance);
        }
    }

    @Nested
    class MailerTest extends MailerContract {
        private RecordingMailer recording;

        @Override
        protected Mailer mailer() {
            recording = new RecordingMailer(CLOCK, MailAddress.of("suporte@webplanet.com.br"));
            return recording;
        }

        @Override
        protected List<String> receivedMessageIds(String address) {
            return recording.sent().stream()
                    .filter(m -> m.to().stream().anyMatch(a -> a.address().equals(address)))
                    .map(OutgoingMail::messageId).toList();
        }
    }

    @Nested
    class IssueTrackerTest extends IssueTrackerContract {
        @Override
        protected IssueTracker tracker() {
            return new InMemoryIssueTracker(CLOCK);
        }

        @Override
        protected String repository() {
            return "webplanet/g3stor";
        }
    }

    @Nested
    class ArchitectRegistryTest extends ArchitectRegistryContract {
        @Override
        protected ArchitectRegistry registry() {
            return new InMemoryArchitectRegistry();
        }
    }

    @Nested
    class RomaneioBookTest extends RomaneioBookContract {
        private InMemoryRomaneioBook memory;

        @Override
        protected RomaneioBook book() {
            memory = new InMemoryRomaneioBook(CLOCK);
            memory.addCustomer("12345678000190");
            return memory;
        }

        @Override
        protected PendingRomaneio addPending(String fileName, String contentType, byte[] content) {
            return memory.addPending(fileName, contentType, content);
        }
    }
}
