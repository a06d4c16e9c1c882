package br.com.webplanet.roteiro.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.model.WaitingQueueDetail;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest {
    final JsonReportRenderer json = new JsonReportRenderer();

    @Test
    void roundTripKeepsEveryFieldAndQueueBecomesMaps() {
        DailyReport original = SampleReports.daily(false);
        DailyReport back = json.read(json.render(original));

        assertThat(back).usingRecursiveComparison().ignoringFields("steps").isEqualTo(original);
        assertThat(back.steps()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(back.steps().get(i)).usingRecursiveComparison().ignoringFields("details")
                    .isEqualTo(original.steps().get(i));
        }
        Object queue = back.steps().get(2).details().get("queue");
        assertThat(queue).isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<?>) queue).get(0);
        assertThat(first).containsEntry("customer", "Loja Azul").containsEntry("priority", "HIGH")
                .containsEntry("timeToBreach", "PT-1H").containsEntry("waitingSince", "2027-02-08T11:00:00Z");
        assertThat(back.exitCode()).isEqualTo(2);
    }

    @Test
    void theWaitingQueueReadsTypedFromALiveRunAndFromStoredJsonAlike() {
        DailyReport original = SampleReports.daily(false);
        WaitingQueueDetail live = original.steps().get(2).detail(WaitingQueueDetail.class).orElseThrow();
        String stored = json.render(original);
        WaitingQueueDetail back = json.read(stored).steps().get(2).detail(WaitingQueueDetail.class).orElseThrow();

        assertThat(live.entries()).hasSize(2).first().extracting(WaitingCustomer::customer).isEqualTo("Loja Azul");
        assertThat(back).isEqualTo(live);
        assertThat(back.unreadable()).isZero();
        assertThat(stored).as("the stored shape is the list it always was").contains("\"queue\" : [ {");
        assertThat(original.steps().get(0).detail(WaitingQueueDetail.class)).isEmpty();
    }

    @Test
    void aStoredQueueEntryThatCannotBeReadIsCountedNotFatal() {
        String stored = json.render(SampleReports.daily(false))
                .replaceFirst("\"timeToBreach\" : \"PT-1H\"", "\"timeToBreach\" : \"uma hora\"");
        WaitingQueueDetail back = json.read(stored).steps().get(2).detail(WaitingQueueDetail.class).orElseThrow();

        assertThat(back.entries()).hasSize(1);
        assertThat(back.unreadable()).isEqualTo(1);
        assertThatThrownBy(() -> json.read(stored).steps().get(2).detail(String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markdownOfAStoredReportIsTheSameAsOfTheLiveOne() {
        DailyReport original = SampleReports.daily(true);
        MarkdownReportRenderer md = new MarkdownReportRenderer();
        assertThat(md.render(json.read(json.render(original)))).isEqualTo(md.render(original));
    }

    @Test
    void writesIsoInstantsAndDurations() {
        String text = json.render(SampleReports.daily(false));
        assertThat(text).contains("\"runDate\" : \"2027-02-10\"", "\"startedAt\" : \"2027-02-10T11:00:00Z\"",
                "\"duration\" : \"PT1M15S\"", "\"ptBR\" : \"Triagem de e-mails\"");
    }

    @Test
    void unknownPropertiesAreIgnoredAndGarbageIsRejected() {
        String text = json.render(SampleReports.daily(false)).replaceFirst("\\{", "{\"addedLater\": 1,");
        assertThat(json.read(text).runId()).isEqualTo("run-42");
        assertThatThrownBy(() -> json.read("{\"runId\": \"x\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a daily report in JSON");
        assertThatThrownBy(() -> json.read("not json")).hasMessageStartingWith("not a daily report in JSON");
    }
}
