package br.com.webplanet.roteiro.examples.demo;

import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.AttendanceOutcome;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The G3stor of the demo: Web Planet's customers, their open tickets in every state, yesterday's
 * attendances by phone, WhatsApp and chat, client Textura's registered architects and a romaneio
 * spreadsheet G3stor lists as pending.
 */
final class DemoG3stor {
    private final G3storSimulator g3;
    private final Instant now;
    private final BusinessCalendar calendar;

    DemoG3stor(G3storSimulator g3, Instant now, BusinessCalendar calendar) {
        this.g3 = g3;
        this.now = now;
        this.calendar = calendar;
    }

    void seed(LocalDate today) {
        Customer horizonte = customer("C-101", "Construtora Horizonte Ltda", "12345678000190",
                "Carla Menezes", "compras@construtorahorizonte.com.br", "+5511987650001");
        Customer sol = customer("C-102", "Lojas Sol Materiais de Construção", "23456789000101",
                "Roberto Lima", "roberto@lojassol.com.br", "+5511987650002");
        Customer acai = customer("C-103", "Móveis Açaí", "34567890000112",
                "Maria Souza", "maria.souza@moveisacai.com.br", "+5591987650003");
        Customer jabuticaba = customer("C-104", "Ateliê Jabuticaba", "45678901000123",
                "Contato", "contato@ateliejabuticaba.com.br", "+5531987650004");
        Customer textura = customer("C-105", "Textura Revestimentos Ltda", "11222333000181",
                "Logística", "logistica@texturarevestimentos.com.br", "+5511987650005");
        Customer interiores = customer("C-106", "Arquitetura & Interiores Ltda", "98765432000110",
                "Projetos", "projetos@arqinteriores.com.br", "+5511987650006");
        List.of(horizonte, sol, acai, jabuticaba, textura, interiores).forEach(g3::putCustomer);

        ticket("G3-1001", sol, "Relatório de vendas travando ao exportar", TicketStatus.EM_ANALISE, Urgency.HIGH,
                Impact.HIGH, daysAgo(3), daysAgo(2), daysAgo(3), Set.of());
        ticket("G3-1002", acai, "Integração com marketplace parou", TicketStatus.AGUARDANDO_CLIENTE, Urgency.HIGH,
                Impact.MEDIUM, daysAgo(8), daysAgo(6), daysAgo(6), Set.of());
        ticket("G3-1003", horizonte, "Nota fiscal rejeitada: CFOP inválido", TicketStatus.NOVO, Urgency.VERY_HIGH,
                Impact.HIGH, hoursAgo(20), null, hoursAgo(20), Set.of());
        ticket("G3-1004", jabuticaba, "Ajuste no layout do DANFE (logo cortado)", TicketStatus.AGUARDANDO_DESENVOLVIMENTO,
                Urgency.MEDIUM, Impact.LOW, daysAgo(5), daysAgo(4), daysAgo(4), Set.of("dev"));
        ticket("G3-1005", interiores, "Cadastro de arquiteto não aparece no portal", TicketStatus.EM_ANALISE,
                Urgency.MEDIUM, Impact.MEDIUM, daysAgo(6), daysAgo(5), daysAgo(5), Set.of("textura"));
        ticket("G3-1006", sol, "Dúvida sobre cálculo de frete", TicketStatus.CONCLUIDO, Urgency.LOW, Impact.LOW,
                daysAgo(9), daysAgo(7), daysAgo(7), Set.of());

        LocalDate yesterday = calendar.previousBusinessDay(today);
        attendance("AT-501", Channel.PHONE, yesterday, 10, 20, horizonte, "Juliana",
                "Cliente ligou: pedido 7731 sem boleto, pediu retorno hoje", AttendanceOutcome.UNRESOLVED, null);
        attendance("AT-502", Channel.WHATSAPP, yesterday, 14, 5, sol, "Rafael",
                "Pediu segunda via de boleto; enviada pelo WhatsApp", AttendanceOutcome.RESOLVED, null);
        attendance("AT-503", Channel.CHAT, yesterday, 16, 40, acai, "Juliana",
                "Quer treinamento do módulo fiscal para nova funcionária", AttendanceOutcome.FOLLOW_UP, null);
        attendance("AT-504", Channel.PHONE, yesterday, 11, 0, jabuticaba, "Rafael",
                "Perguntou do ajuste do DANFE", AttendanceOutcome.FOLLOW_UP, TicketId.of("G3-1004"));

        g3.putArchitect(new Architect("A123456-7", "Ana Lúcia Gonçalves", "ana@estudio.arq.br", null,
                "Estúdio Gonçalves", List.of("Loja Pinheiros"), null));
        g3.putArchitect(new Architect("A234567-8", "João Araújo", "joao@araujo.arq.br", "+552134567890",
                "Araújo & Filhos Arquitetura", List.of("Loja Barra"), "Atende às terças"));

        String csv = DemoMorning.resourceText("romaneios-pendentes.csv")
                .replace("{{data}}", yesterday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        g3.addPending("romaneios-" + yesterday + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Customer customer(String id, String name, String document, String contact, String email,
                                     String phone) {
        return new Customer(id, name, document, List.of(new Contact(contact, MailAddress.of(email), phone, null)));
    }

    private void ticket(String id, Customer customer, String subject, TicketStatus status, Urgency urgency,
                        Impact impact, Instant created, Instant agentReply, Instant customerContact, Set<String> tags) {
        Instant updated = agentReply != null && agentReply.isAfter(customerContact) ? agentReply : customerContact;
        TicketId ticketId = TicketId.of(id);
        String contact = customer.contacts().get(0).email().normalized();
        g3.putTicket(new Ticket(ticketId, List.of(ExternalRef.mail("<" + id.toLowerCase() + "@clientes.demo>")),
                customer.ref(), subject, status, urgency, impact, Channel.EMAIL, created, updated, customerContact,
                agentReply, updated, Set.of(contact), tags, List.of(), 1));
        g3.putInteraction(new Interaction(id + "-1", ticketId, InteractionKind.CUSTOMER_MESSAGE, contact,
                subject + ". Podem ajudar?", created, null));
        if (agentReply != null) {
            g3.putInteraction(new Interaction(id + "-2", ticketId, InteractionKind.AGENT_REPLY, "suporte",
                    "Recebemos e estamos analisando.", agentReply, null));
        }
    }

    private void attendance(String id, Channel channel, LocalDate day, int hour, int minute, Customer customer,
                            String agent, String summary, AttendanceOutcome outcome, TicketId ticket) {
        Instant at = day.atTime(LocalTime.of(hour, minute)).atZone(calendar.zone()).toInstant();
        g3.putAttendance(new Attendance(id, channel, at, customer.ref(), agent, summary, outcome, ticket));
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    private Instant hoursAgo(int hours) {
        return now.minus(Duration.ofHours(hours));
    }
}
