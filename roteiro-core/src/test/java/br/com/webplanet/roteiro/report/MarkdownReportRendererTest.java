package br.com.webplanet.roteiro.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {
    final MarkdownReportRenderer renderer = new MarkdownReportRenderer();

    @Test
    void rendersTheWholeRunInPortuguese() {
        String md = renderer.render(SampleReports.daily(false));
        assertThat(md.lines()).containsExactly(
                "# Roteiro diário — 10/02/2027",
                "",
                "Início: 10/02/2027 08:00 · Duração: 3 min 12 s",
                "",
                "Etapas: 4 — ✅ concluído: 1 · ⚠️ requer atenção: 1 · ❌ falhou: 1 · ⏭️ pulado: 1",
                "",
                "## 1. ✅ Triagem de e-mails — concluído",
                "",
                "Etapa `mail.triage` · módulo mail · duração 1 min 15 s · [Como fazer à mão](https://wiki.example.com/triagem)",
                "",
                "12 e-mails lidos, 2 chamados abertos.",
                "",
                "**Contagens:** mensagens 12 · chamados abertos 2",
                "",
                "**Ações:**",
                "",
                "- ✔ Chamado aberto para Padaria Pão | Quente (`ticket.open` → G3-101)",
                "- ◌ mail.ack (`mail.ack` → cliente@example.com) _planejada_",
                "",
                "## 5. ⏭️ textura.romaneios — pulado",
                "",
                "Etapa `textura.romaneios` · módulo textura · duração 0 s",
                "",
                "Pulado: depende de mail.triage.",
                "",
                "## 6. ⚠️ Clientes aguardando — requer atenção",
                "",
                "Etapa `g3stor.waiting-customers` · módulo g3stor · duração 3 s",
                "",
                "2 clientes aguardando, 1 com prazo estourado.",
                "",
                "**Para fazer (pessoas):**",
                "",
                "- [ ] **Responder o cliente** — G3-7: prazo de atualização estourado ([como fazer](https://wiki.example.com/aguardando))",
                "- [ ] **Ligar para a Casa Verde**",
                "",
                "**Clientes aguardando:**",
                "",
                "| Chamado | Cliente | Assunto | Prioridade | Aguardando desde | Prazo | Tempo restante | Situação | Motivo |",
                "|---|---|---|---|---|---|---|---|---|",
                "| G3-7 | Loja Azul | Nota fiscal errada | alta | 08/02/2027 08:00 | 10/02/2027 14:00 | -1 h 00 min | 🔴 estourado | sem resposta há 2 dias úteis |",
                "| G3-9 | Casa Verde | Dúvida sobre frete | média | 10/02/2027 09:30 | — | — | 🟢 no prazo | — |",
                "",
                "## 7. ❌ Issues abertas — falhou",
                "",
                "Etapa `github.open-issues` · módulo github · duração 1 h 02 min",
                "",
                "**Erro:** `RemoteException`: GitHub respondeu 503",
                "- causa: IOException: connection reset");
    }

    @Test
    void rendersInEnglishWithTheEnglishBundle() {
        String md = renderer.render(SampleReports.daily(true), Locale.ENGLISH);
        assertThat(md.lines()).contains(
                "# Daily routine — 2027-02-10",
                "Started: 2027-02-10 08:00 · Duration: 3 min 12 s",
                "**Dry run:** nothing was changed; the actions below are only planned.",
                "Steps: 4 — ✅ done: 1 · ⚠️ needs attention: 1 · ❌ failed: 1 · ⏭️ skipped: 1",
                "## 1. ✅ Mail triage — done",
                "Step `mail.triage` · module mail · took 1 min 15 s · [How to do it by hand](https://wiki.example.com/triagem)",
                "- ◌ mail.ack (`mail.ack` → cliente@example.com) _planned_",
                "| Ticket | Customer | Subject | Priority | Waiting since | Deadline | Time left | State | Reason |",
                "| G3-7 | Loja Azul | Nota fiscal errada | high | 2027-02-08 08:00 | 2027-02-10 14:00 | -1 h 00 min | 🔴 breached | sem resposta há 2 dias úteis |",
                "**Error:** `RemoteException`: GitHub respondeu 503",
                "- cause: IOException: connection reset");
    }

    @Test
    void dryRunIsAnnouncedInPortuguese() {
        assertThat(renderer.render(SampleReports.daily(true)).lines())
                .contains("**Simulação (dry-run):** nada foi alterado; as ações abaixo são apenas planejadas.");
    }

    @Test
    void runWithoutStepsSaysSo() {
        DailyReport empty = new DailyReport("r", LocalDate.of(2027, 2, 10), Instant.parse("2027-02-10T11:00:00Z"),
                Instant.parse("2027-02-10T11:00:00Z"), false, List.of());
        assertThat(renderer.render(empty).lines()).containsExactly("# Roteiro diário — 10/02/2027", "",
                "Início: 10/02/2027 08:00 · Duração: 0 s", "", "Nenhuma etapa foi executada.");
    }

    @Test
    void outsideTextCannotBecomeHtmlOrAScriptLinkInAMarkdownViewer() {
        // #15.6: a subject and a reason as a hostile sender would write them; a step's wiki link with javascript:
        StepReport hostile = new StepReport("mail.triage", "mail", null, java.net.URI.create("javascript:alert(1)"), 1,
                br.com.webplanet.roteiro.spi.StepStatus.NEEDS_ATTENTION,
                "<img src=x onerror=alert(1)> [clique](javascript:alert(2))", java.util.Map.of(), List.of(
                        br.com.webplanet.roteiro.spi.ActionRecord.done("ticket.open", "<script>x</script>",
                                "Chamado **aberto** para ![x](javascript:alert(3))", "k")),
                List.of(new br.com.webplanet.roteiro.spi.HumanTask("<b onmouseover=alert(4)>Ler</b>",
                        "a|b", "[aqui](javascript:alert(5))", java.net.URI.create("javascript:alert(6)"))),
                java.util.Map.of(), null, java.time.Duration.ZERO);
        TaskLine line = new TaskLine("t-0123456789", "mail.triage", "<img src=x onerror=alert(7)>", "x",
                "[y](javascript:alert(8))", null, br.com.webplanet.roteiro.model.TaskState.OPEN,
                LocalDate.of(2027, 2, 9), Instant.parse("2027-02-09T11:00:00Z"), 1, null, null, null, null);
        DailyReport report = new DailyReport("r", LocalDate.of(2027, 2, 10), Instant.parse("2027-02-10T11:00:00Z"),
                Instant.parse("2027-02-10T11:00:00Z"), false, List.of(hostile), List.of(line), List.of());

        String md = renderer.render(report);

        assertThat(md).doesNotContain("<img", "<script", "<b ", "](<javascript")
                .doesNotContainPattern("(?<!\\\\)\\[[^\\]]*(?<!\\\\)\\]\\(javascript");
        assertThat(md).contains("&lt;img src=x onerror=alert(1)&gt; \\[clique\\](javascript:alert(2))",
                "Chamado \\*\\*aberto\\*\\* para !\\[x\\](javascript:alert(3))",
                "Como fazer à mão: javascript:alert(1)", "(como fazer: javascript:alert(6))",
                "| `t-0123456789` | &lt;img src=x onerror=alert(7)&gt; | x | \\[y\\](javascript:alert(8)) |");
    }

    @Test
    void listsOpenTasksOldestFirstWithTheirAgeAndTheTasksClosedThatDay() {
        TaskLine older = new TaskLine("t-aaaaaaaaaa", "textura.romaneios", "Digitar o romaneio", "NF-e 4521", "cliente novo",
                null, br.com.webplanet.roteiro.model.TaskState.OPEN, LocalDate.of(2027, 2, 8),
                Instant.parse("2027-02-08T11:00:00Z"), 2, "ana", null, null, null);
        TaskLine closed = new TaskLine("t-bbbbbbbbbb", "mail.triage", "Ler a mensagem em quarentena", "INBOX", "",
                null, br.com.webplanet.roteiro.model.TaskState.DONE, LocalDate.of(2027, 2, 9),
                Instant.parse("2027-02-09T11:00:00Z"), 1, null, "bruno", Instant.parse("2027-02-10T13:30:00Z"),
                "reenviada");
        DailyReport report = new DailyReport("r", LocalDate.of(2027, 2, 10), Instant.parse("2027-02-10T11:00:00Z"),
                Instant.parse("2027-02-10T11:00:00Z"), false, List.of(), List.of(older, closed), List.of("r1", "r"));

        assertThat(renderer.render(report).lines()).contains("Execuções do dia: 2", "## Tarefas abertas",
                "| `t-aaaaaaaaaa` | Digitar o romaneio | NF-e 4521 | cliente novo | 08/02/2027 | 2 dias úteis | ana |",
                "## Tarefas fechadas neste dia",
                "| `t-bbbbbbbbbb` | Ler a mensagem em quarentena | feita | bruno | 10/02/2027 10:30 | reenviada |");
        assertThat(renderer.render(report, Locale.ENGLISH)).contains("| 2 business days | ana |", "| done | bruno |");
    }
}
