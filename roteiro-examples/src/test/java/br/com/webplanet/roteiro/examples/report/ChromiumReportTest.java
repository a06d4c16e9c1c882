package br.com.webplanet.roteiro.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Localized;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as a real browser sees it (Debian's headless Chromium). */
class ChromiumReportTest {
    @TempDir
    Path dir;

    @Test
    void reportOpensInChromiumWithSevenStepRowsTheQueueChartTheTaskTableAndNoExternalRequest() throws Exception {
        Path page = new HtmlReportRenderer(ZoneId.of("America/Sao_Paulo"))
                .write(SampleReports.sevenSteps(), Localized.PT_BR, dir.resolve("roteiro-2026-11-25.html"));
        try (CountingProxy proxy = new CountingProxy()) {
            HeadlessChromium chromium = HeadlessChromium.require(dir, proxy);

            String dom = chromium.dumpDom(page);
            Path png = chromium.screenshot(page, dir.resolve("report.png"), 1280, 1600);

            assertThat(HtmlReportRendererTest.count(dom, "<tr class=\"step ")).isEqualTo(7);
            assertThat(dom).contains("<svg id=\"queue-chart\"");
            assertThat(HtmlReportRendererTest.count(dom, "<rect class=\"qbar\"")).isEqualTo(4);
            // the task table as the browser parsed it: open tasks oldest first with their ages, the closed one with who
            assertThat(taskAges(dom)).containsExactly("t-1111111111=3:3 dias úteis", "t-2222222222=0:hoje");
            assertThat(dom).contains("<tr class=\"closed-task\" data-task-id=\"t-3333333333\">")
                    .contains("<td class=\"closed-by\">ana</td>")
                    .contains("cliente &lt;b&gt;desconhecido&lt;/b&gt;").doesNotContain("<b>desconhecido");
            assertThat(resourceUrls(dom)).as("resources the page loads from the network").isEmpty();
            assertThat(dom).doesNotContainPattern("https?://[^\"]*(google|gstatic|gvt1)");
            assertThat(proxy.pageRequests()).as("requests that left the page").isEmpty();
            assertThat(distinctColours(ImageIO.read(png.toFile()))).as("a rendered, not blank, screenshot")
                    .isGreaterThan(8);
        }
    }

    @Test
    void theRequestDetectorCatchesAPageThatLoadsAnExternalImage() throws Exception {
        Path page = Files.writeString(dir.resolve("leaky.html"),
                "<html><body><img src=\"http://cdn.example.invalid/logo.png\"></body></html>");
        try (CountingProxy proxy = new CountingProxy()) {
            HeadlessChromium.require(dir, proxy).dumpDom(page);

            assertThat(proxy.pageRequests()).anyMatch(r -> r.contains("cdn.example.invalid/logo.png"));
        }
    }

    /** Every http(s) URL the DOM would fetch: src, href other than on an {@code <a>}, CSS url(). */
    private static List<String> resourceUrls(String dom) {
        Matcher tags = Pattern.compile("<(\\w+)[^>]*?\\s(?:src|href|xlink:href|srcset|poster|data)=\"(https?:[^\"]*)\"")
                .matcher(dom);
        List<String> found = new java.util.ArrayList<>();
        while (tags.find()) {
            if (!tags.group(1).equalsIgnoreCase("a")) {
                found.add(tags.group(2));
            }
        }
        Matcher css = Pattern.compile("url\\(\\s*['\"]?(https?:[^)'\"]*)").matcher(dom);
        while (css.find()) {
            found.add(css.group(1));
        }
        return found;
    }

    /** "id=days:text" of each open task row, in page order. */
    private static List<String> taskAges(String dom) {
        Matcher rows = Pattern.compile("<tr class=\"task\" data-task-id=\"([^\"]+)\" data-age-days=\"(\\d+)\">"
                + ".*?<td class=\"age\">([^<]*)</td>", Pattern.DOTALL).matcher(dom);
        List<String> found = new java.util.ArrayList<>();
        while (rows.find()) {
            found.add(rows.group(1) + "=" + rows.group(2) + ":" + rows.group(3));
        }
        return found;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
