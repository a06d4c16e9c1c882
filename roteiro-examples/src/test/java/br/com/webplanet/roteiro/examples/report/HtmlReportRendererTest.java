package br.com.webplanet.roteiro.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.JsonReportRenderer;
import br.com.webplanet.roteiro.report.StepReport;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {
    private final HtmlReportRenderer renderer = new HtmlReportRenderer(ZoneId.of("America/Sao_Paulo"));

    @Test
    void showsEveryStepAsAChecklistRowWithItsStatus() {
        String html = renderer.render(SampleReports.sevenSteps(), Localized.PT_BR);

        assertThat(count(html, "<tr class=\"step ")).isEqualTo(7);
        assertThat(html).contains("data-step-id=\"mail.triage\" data-status=\"done\"")
                .contains("data-step-id=\"textura.romaneios\" data-status=\"failed\"")
                .contains("Checklist do dia").contains("requer atenção");
    }

    @Test
    void showsHumanTasksWithWikiLinksAndErrorsWithCauses() {
        String html = renderer.render(SampleReports.sevenSteps(), Localized.PT_BR);

        assertThat(html).contains("<a href=\"https://wiki.webplanet.com.br/suporte/roteiro/arquitetos\">Corrigir linha da planilha</a>")
                .contains("CAU inválido: A12")
                .contains("G3stor respondeu 503").contains("SocketTimeoutException: read timed out");
    }

    @Test
    void escapesTextComingFromMailAndTickets() {
        String html = renderer.render(SampleReports.sevenSteps(), Localized.PT_BR);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void drawsTheQueueWithTimeToBreachBarsAndAChartByPriority() {
        String html = renderer.render(SampleReports.sevenSteps(), Localized.PT_BR);

        assertThat(count(html, "<tr class=\"waiting\"")).isEqualTo(4);
        assertThat(html).contains("<svg id=\"queue-chart\"").contains("violado há 2 h 00 min").contains("faltam 40 min")
                .contains("class=\"breached\" style=\"width: 100%\"");
        assertThat(count(html, "<rect class=\"qbar\"")).isEqualTo(4);   // muito alta: 1 bucket, alta: 2, média: 1
    }

    @Test
    void readsTheQueueBackFromJsonAsTheJournalStoresIt() {
        JsonReportRenderer json = new JsonReportRenderer();
        DailyReport live = SampleReports.sevenSteps();
        DailyReport stored = json.read(json.render(live));
        assertThat(((List<?>) stored.steps().get(5).details().get("queue")).get(0)).isInstanceOf(java.util.Map.class);

        assertThat(renderer.render(stored, Localized.PT_BR)).isEqualTo(renderer.render(live, Localized.PT_BR));
    }

    @Test
    void speaksEnglishWhenAskedTo() {
        String html = renderer.render(SampleReports.sevenSteps(), Locale.ENGLISH);

        assertThat(html).contains("<html lang=\"en\">").contains("Tasks for the team").contains("very high").contains("needs attention")
                .contains("breached for 2 h 00 min");
    }

    @Test
    void withoutAQueueStepThereIsNoQueueSection() {
        DailyReport report = SampleReports.sevenSteps();
        List<StepReport> steps = report.steps().stream().filter(s -> !s.stepId().equals(WaitingQueue.STEP_ID)).toList();
        String html = renderer.render(new DailyReport(report.runId(), report.runDate(), report.startedAt(),
                report.finishedAt(), true, steps), Localized.PT_BR);

        assertThat(html).doesNotContain("queue-chart").contains("SIMULAÇÃO (dry-run)");
    }

    @Test
    void referencesNoExternalResourceOnlyWikiLinks() {
        String html = renderer.render(SampleReports.sevenSteps(), Localized.PT_BR);

        Matcher urls = Pattern.compile("(\\S*)(https?://[^\"'\\s<>]+)").matcher(html);
        while (urls.find()) {
            assertThat(urls.group(1)).as("URL %s must be a link", urls.group(2)).endsWith("href=\"");
        }
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void keepsTheQueueInTheStepsOrderPriorityBeforeTimeToBreach() {
        DailyReport sample = SampleReports.sevenSteps();
        List<?> queue = (List<?>) sample.steps().get(5).details().get("queue");
        List<Object> reversed = new java.util.ArrayList<>(queue);
        java.util.Collections.reverse(reversed);   // lowest priority, most time left first
        List<StepReport> steps = new java.util.ArrayList<>(sample.steps());
        StepReport s = steps.get(5);
        steps.set(5, new StepReport(s.stepId(), s.module(), s.title(), s.wikiLink(), s.order(), s.status(),
                s.summary(), s.counts(), s.actions(), s.humanTasks(), java.util.Map.of("queue", reversed), s.error(),
                s.duration()));
        DailyReport reordered = new DailyReport(sample.runId(), sample.runDate(), sample.startedAt(),
                sample.finishedAt(), sample.dryRun(), steps);

        String html = renderer.render(reordered, Localized.PT_BR);

        assertThat(html.indexOf("<td>G3-93</td>")).isPositive().isLessThan(html.indexOf("<td>G3-92</td>"));
        assertThat(html.indexOf("<td>G3-92</td>")).isLessThan(html.indexOf("<td>G3-90</td>"));
    }

    @Test
    void listsOpenTasksWithTheirIdAndAgeAndTheTasksClosedThatDayWithWhoClosedThem() {
        String html = renderer.render(SampleReports.sevenSteps(), Localized.PT_BR);

        assertThat(count(html, "<tr class=\"task\"")).isEqualTo(2);
        assertThat(html).contains("<tr class=\"task\" data-task-id=\"t-1111111111\" data-age-days=\"3\">",
                "<td class=\"age\">3 dias úteis</td>", "<td class=\"age\">hoje</td>",
                "<tr class=\"closed-task\" data-task-id=\"t-3333333333\">", "<td class=\"closed-by\">ana</td>",
                "roteiro tarefas feita", "2 execuções no dia");
        assertThat(html.indexOf("t-1111111111")).as("oldest first").isLessThan(html.indexOf("t-2222222222"));
        assertThat(renderer.render(SampleReports.sevenSteps(), Locale.ENGLISH)).contains("3 business days", "today");
    }

    @Test
    void countersCarryTheirPortugueseLabels() {
        String html = renderer.render(SampleReports.sevenSteps(), Localized.PT_BR);

        assertThat(html).contains("<span>mensagens: 6</span>", "<span>chamados abertos: 3</span>")
                .doesNotContain("ticketsOpened");
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
