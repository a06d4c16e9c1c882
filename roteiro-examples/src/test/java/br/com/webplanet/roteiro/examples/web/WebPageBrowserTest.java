package br.com.webplanet.roteiro.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.spi.HumanTask;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real Chromium through WebDriver, against the demo's real servers after the
 * morning routine ran: Hoje and Histórico load with the day's state and make no external request,
 * a change without the CSRF token is refused while one with it is journaled with who made it, the
 * live part refreshes without a reload, the page fits a phone, with {@code http.users} an
 * anonymous visit is refused, and a person's task changes (done, assign, discard with a note) show on
 * Hoje, the task's page and Histórico.
 */
class WebPageBrowserTest {
    /** Tuesday 1 Dec 2026, 10:00 in São Paulo. */
    private static final Instant TUESDAY_10H = Instant.parse("2026-12-01T13:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @TempDir
    static Path dir;

    private static WebFixture fixture;
    private static Browser browser;
    private static HojePage page;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(dir, TUESDAY_10H, "http:\n  refresh: 2s\ncanary:\n  enabled: false\n", true);
        browser = Browser.start(dir);
        page = new HojePage(browser.driver);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void hojeShowsTheDaysStateAndHistoricoItsReportWithoutAnyExternalRequest() {
        page.open(fixture.url("/"));

        assertThat(page.stepIds()).containsExactlyElementsOf(DemoEnvironment.ROUTINE);
        assertThat(browser.driver.getPageSource()).doesNotContain("duckduckgo", "https://fonts", "cdn");
        assertThat(page.stepStatus("mail.triage")).isIn("done", "nothing-to-do");
        assertThat(page.stepStatus("textura.architects")).isEqualTo("needs-attention");
        assertThat(fixture.roteiro.tasks().open()).as("the demo morning's tasks for people")
                .filteredOn(t -> DemoEnvironment.ROUTINE.contains(t.stepId())).hasSize(3);
        assertThat(page.openTaskIds()).as("every open task, oldest first")
                .containsExactlyElementsOf(fixture.roteiro.tasks().open().stream().map(t -> t.id().value()).toList());
        assertThat(page.queueTickets()).isNotEmpty();
        assertThat(page.text()).contains("Checklist do dia", "Clientes aguardando", "Tarefas para a equipe");
        assertThat(cssOf("nav.top", "background-color")).as("the stylesheet loaded under the CSP")
                .isEqualTo("rgba(36, 41, 47, 1)");

        browser.driver.findElement(By.linkText("Histórico")).click();
        WebElement day = browser.driver.findElement(By.cssSelector("tr.day[data-date='" + TUESDAY + "']"));
        day.findElement(By.partialLinkText("ver relatório")).click();
        assertThat(browser.driver.findElements(By.cssSelector("tr.step"))).hasSize(DemoEnvironment.ROUTINE.size());
        assertThat(cssOf("body", "background-color")).as("the report's inline style, allowed by its hash")
                .isEqualTo("rgba(244, 245, 247, 1)");

        assertThat(browser.pageRequests()).as("requests that left the page").isEmpty();
    }

    @Test
    void changeWithoutTheCsrfTokenIsRefusedAndWithItIsJournaledWithWhoMadeIt() {
        Alerts alerts = fixture.web.context().alerts().orElseThrow();
        alerts.raise("teste-csrf:" + TUESDAY, "step-failed", "Alerta de teste CSRF", "detalhe");
        page.open(fixture.url("/"));

        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('input[name=csrf]').forEach(function (i) { i.value = ''; });");
        page.acknowledge("teste-csrf:" + TUESDAY);
        assertThat(page.text()).contains("Alteração recusada");
        assertThat(ackOf(alerts, "teste-csrf:" + TUESDAY)).as("nothing changed").isEmpty();

        page.open(fixture.url("/"));
        page.acknowledge("teste-csrf:" + TUESDAY);
        assertThat(page.text()).contains("Alteração registrada", "visto por anônimo@127.0.0.1");
        assertThat(ackOf(alerts, "teste-csrf:" + TUESDAY)).contains("anônimo@127.0.0.1");
        assertThat(fixture.web.context().changes().of(TUESDAY))
                .anyMatch(c -> c.what().equals("alerta.ciente") && c.who().equals("anônimo@127.0.0.1"));
    }

    @Test
    void markingATaskDoneRemovesItFromHojeAndShowsItClosedInHistoryAfterAReload() {
        String id = raise("conferir-romaneio-1", "Conferir o romaneio 1");
        page.open(fixture.url("/"));
        assertThat(page.openTaskIds()).contains(id);
        assertThat(page.taskCell(id, "age")).isEqualTo("aberta hoje");

        page.submitTaskAction(id, "atribuir", "pessoa", "bia");
        assertThat(page.text()).contains("Alteração registrada");
        assertThat(page.taskCell(id, "assignee")).isEqualTo("bia");

        page.submitTaskAction(id, "feita", "conferido com o cliente");
        assertThat(page.text()).contains("Alteração registrada");
        browser.driver.navigate().refresh();
        assertThat(page.openTaskIds()).doesNotContain(id);

        page.open(fixture.url("/tarefas/" + id));
        assertThat(browser.driver.findElement(By.id("task")).getAttribute("data-state")).isEqualTo("done");
        assertThat(browser.driver.findElement(By.cssSelector("#task .closed-by")).getText())
                .contains("anônimo@127.0.0.1", "conferido com o cliente");
        assertThat(browser.driver.findElements(By.cssSelector("#task-history tr.event")))
                .extracting(e -> e.getAttribute("data-kind") + " " + e.findElement(By.className("who")).getText())
                .containsExactly("opened roteiro", "assigned anônimo@127.0.0.1", "done anônimo@127.0.0.1");

        page.open(fixture.url("/historico/" + TUESDAY));
        assertThat(browser.driver.findElement(By.cssSelector("tr.closed-task[data-task-id='" + id + "'] .closed-by"))
                .getText()).isEqualTo("anônimo@127.0.0.1");
        assertThat(fixture.web.context().changes().of(TUESDAY))
                .anyMatch(c -> c.what().equals("tarefa.feita") && c.target().startsWith(id)
                        && c.who().equals("anônimo@127.0.0.1"));
        assertThat(browser.pageRequests()).isEmpty();
    }

    @Test
    void aTaskClosedMeanwhileByAnotherPersonSaysWhoClosedIt() {
        String id = raise("conferir-romaneio-2", "Conferir o romaneio 2");
        page.open(fixture.url("/"));
        fixture.roteiro.tasks().done(TaskId.parse(id), "carla", "feito pelo telefone");

        page.submitTaskAction(id, "feita", "nota", "também fiz");
        assertThat(page.text()).contains("A tarefa " + id + " já tinha sido fechada (feita) por carla em 01/12/2026",
                "Nada foi alterado");
        assertThat(fixture.roteiro.tasks().find(TaskId.parse(id)).orElseThrow().closeNote())
                .isEqualTo("feito pelo telefone");
    }

    @Test
    void discardWithoutANoteAndAChangeWithoutTheCsrfTokenAreRefused() {
        String id = raise("conferir-romaneio-3", "Conferir o romaneio 3");
        page.open(fixture.url("/"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("document.querySelectorAll('input[name=nota]').forEach(function (i) { i.required = false; });");
        page.submitTaskAction(id, "descartar", "nota", "   ");
        assertThat(page.text()).contains("Para descartar uma tarefa, escreva na nota por que");
        assertThat(fixture.roteiro.tasks().find(TaskId.parse(id)).orElseThrow().open()).isTrue();

        page.open(fixture.url("/"));
        js.executeScript("document.querySelectorAll('input[name=csrf]').forEach(function (i) { i.value = ''; });");
        page.submitTaskAction(id, "descartar", "nota", "não é mais preciso");
        assertThat(page.text()).contains("Alteração recusada");
        assertThat(fixture.roteiro.tasks().find(TaskId.parse(id)).orElseThrow().open()).as("nothing changed").isTrue();

        page.open(fixture.url("/"));
        page.submitTaskAction(id, "descartar", "nota", "não é mais preciso");
        assertThat(page.text()).contains("Alteração registrada");
        assertThat(fixture.roteiro.tasks().find(TaskId.parse(id)).orElseThrow().state()).isEqualTo(TaskState.DISCARDED);
    }

    /** A task of this test's own (so the demo's three stay as they are for the other tests). */
    private static String raise(String subject, String title) {
        String id = fixture.roteiro.tasks().raise("teste.web", HumanTask.about(subject, title, subject,
                "teste do navegador", null)).orElseThrow().id().value();
        fixture.web.refresh();      // raised outside a run: the page would see it within a couple of seconds
        return id;
    }

    @Test
    void liveSectionRefreshesWithoutAFullReload() {
        page.open(fixture.url("/"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("window.roteiroMarker = 'same page';");
        fixture.web.context().alerts().orElseThrow().raise("teste-live:" + TUESDAY, "step-failed",
                "Alerta que chega sozinho", "detalhe");

        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)   // the refresh swaps the section
                .until(d -> d.findElement(By.id("alerts")).getText().contains("Alerta que chega sozinho"));
        assertThat(js.executeScript("return window.roteiroMarker;")).isEqualTo("same page");
        assertThat(browser.pageRequests()).isEmpty();
    }

    @Test
    void aNoteBeingTypedIsNotSweptAwayByTheLiveRefresh() {
        String id = raise("conferir-romaneio-5", "Conferir o romaneio 5");
        page.open(fixture.url("/"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        WebElement note = page.type(id, "feita", "nota", "liguei para o cliente");
        js.executeScript("document.activeElement.blur();");   // only the typed text holds the view now
        fixture.web.context().alerts().orElseThrow().raise("teste-digitando:" + TUESDAY, "step-failed",
                "Alerta durante a digitação", "detalhe");
        js.executeScript("window.roteiroFetches = 0; var real = window.fetch;"
                + " window.fetch = function () { window.roteiroFetches++; return real.apply(this, arguments); };");

        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).withMessage("two refresh ticks, the first ended")
                .until(d -> ((Number) js.executeScript("return window.roteiroFetches;")).intValue() >= 2);
        assertThat(note.getAttribute("value")).as("the same field, with what was typed").isEqualTo("liguei para o cliente");
        assertThat(browser.driver.findElement(By.id("alerts")).getText()).doesNotContain("Alerta durante a digitação");

        note.clear();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("alerts")).getText().contains("Alerta durante a digitação"));
        assertThat(browser.pageRequests()).isEmpty();
    }

    @Test
    void fitsAPhoneWithoutHorizontalScrolling() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        page.open(fixture.url("/"));
        Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(page.stepIds()).startsWith(DemoEnvironment.ROUTINE.toArray(String[]::new));
    }

    @Test
    void withUsersAnAnonymousVisitOrChangeIsRefusedAndAKnownUserGetsIn() throws Exception {
        String hash = WebAccess.hash("senha-da-ana");
        WebContext context = fixture.web.context();
        try (WebServer guarded = WebServer.start(context.withHttp(context.http().withPort(0)
                .withUsers(Map.of("ana", hash))))) {
            String base = "127.0.0.1:" + guarded.port();
            browser.driver.get("http://" + base + "/");
            assertThat(browser.driver.findElements(By.id("checklist"))).as("no page for an anonymous visitor").isEmpty();
            assertThat(browser.driver.getPageSource()).doesNotContain("Checklist do dia");

            String task = raise("conferir-romaneio-4", "Conferir o romaneio 4");
            java.net.http.HttpResponse<String> post = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + base + "/tarefas/" + task + "/feita"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("nota=anon")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as("an anonymous change").isEqualTo(401);
            assertThat(fixture.roteiro.tasks().find(TaskId.parse(task)).orElseThrow().open()).isTrue();

            browser.driver.get("http://ana:senha-da-ana@" + base + "/");
            assertThat(page.user()).isEqualTo("ana");
            assertThat(page.stepIds()).startsWith(DemoEnvironment.ROUTINE.toArray(String[]::new));
        }
        assertThat(browser.pageRequests()).isEmpty();
    }

    private static String cssOf(String selector, String property) {
        return browser.driver.findElement(By.cssSelector(selector)).getCssValue(property);
    }

    private static java.util.Optional<String> ackOf(Alerts alerts, String key) {
        return alerts.of(TUESDAY).stream().filter(s -> s.alert().key().equals(key)).findFirst()
                .flatMap(Alerts.Shown::acknowledgement).map(Alerts.Acknowledgement::who);
    }
}
