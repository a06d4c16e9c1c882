package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.spi.TicketSystem;
import br.com.webplanet.roteiro.spi.TicketSystemContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash test's file-backed ticket system is a faithful {@link TicketSystem} and survives a reload. */
class FileTicketSystemTest extends TicketSystemContract {
    @TempDir
    Path dir;
    private FileTicketSystem system;

    @Override
    protected TicketSystem ticketSystem() {
        system = new FileTicketSystem(dir.resolve("tickets.log"), Clock.systemUTC());
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

    @Test
    void aReloadedSystemHasTheSameTicketsAndHistory() {
        Ticket t = system.open(draft("<m1@x.com.br>", "Assunto"), "k1");
        system.addInteraction(t.id(), NewInteraction.note("nota"), "k2");

        FileTicketSystem reloaded = new FileTicketSystem(dir.resolve("tickets.log"), Clock.systemUTC());

        assertThat(reloaded.findByExternalRef(ExternalRef.mail("<m1@x.com.br>"))).get().extracting(Ticket::id).isEqualTo(t.id());
        assertThat(reloaded.interactions(t.id(), null)).hasSize(2);
        assertThat(reloaded.open(draft("<m1@x.com.br>", "Assunto"), "k1").id()).isEqualTo(t.id());
        assertThat(reloaded.size()).isEqualTo(1);
    }
}
