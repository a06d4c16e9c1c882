package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.examples.report.CountingProxy;
import br.com.webplanet.roteiro.examples.report.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job: {@code roteiro demo} runs the seven steps and writes a report a browser opens. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoRunsTheSevenRoutineStepsAndItsReportOpensInChromiumWithoutRequests() throws Exception {
        CliRun demo = CliRun.of(Map.of("ROTEIRO_LANG", "pt-BR"), "demo", "--dir", dir.toString());

        assertThat(demo.exitCode()).as(demo.all()).isZero();
        int last = -1;
        for (String step : DemoEnvironment.ROUTINE) {
            int at = demo.out().indexOf("[" + step + "]");
            assertThat(at).as("%s after the previous step in:%n%s", step, demo.out()).isGreaterThan(last);
            last = at;
        }
        assertThat(demo.out()).doesNotContain("— falhou").contains("Demonstração concluída em")
                .contains("Relatório: " + dir.resolve("relatorios").toAbsolutePath());
        assertThat(Files.readString(dir.resolve("roteiro-demo.yaml"))).as("secrets come from the environment")
                .contains("${ENV:ROTEIRO_DEMO_MAIL_PASSWORD}", "${ENV:ROTEIRO_DEMO_G3STOR_TOKEN}");

        Path html;
        try (Stream<Path> files = Files.list(dir.resolve("relatorios"))) {
            html = files.filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        try (CountingProxy proxy = new CountingProxy()) {
            HeadlessChromium chromium = HeadlessChromium.require(dir, proxy);
            String dom = chromium.dumpDom(html);
            chromium.screenshot(html, dir.resolve("demo.png"), 1280, 2400);

            assertThat(count(dom, "<tr class=\"step ")).isEqualTo(7);
            assertThat(dom).contains("<svg id=\"queue-chart\"").contains("<tr class=\"waiting\"");
            assertThat(proxy.pageRequests()).as("requests that left the page").isEmpty();
            assertThat(dom).doesNotContain("<script", "<link", "<img", "url(")
                    .doesNotContainPattern("https?://[^\"]*(google|gstatic|gvt1)");
            assertThat(dir.resolve("demo.png")).isNotEmptyFile();
        }
    }

    static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
