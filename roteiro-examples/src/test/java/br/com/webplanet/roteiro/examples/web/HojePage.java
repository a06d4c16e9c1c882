package br.com.webplanet.roteiro.examples.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Hoje page as a test reads and uses it, including its task actions ({@link #submitTaskAction}).
 * The live part is replaced every refresh tick, so what reads or fills it goes through
 * {@link #againIfSwapped}.
 */
final class HojePage {
    private final WebDriver driver;

    HojePage(WebDriver driver) {
        this.driver = driver;
    }

    HojePage open(String url) {
        driver.get(url);
        return this;
    }

    List<String> stepIds() {
        return againIfSwapped(() -> driver.findElements(By.cssSelector("#checklist tr.step")).stream()
                .map(e -> e.getAttribute("data-step-id")).toList());
    }

    String stepStatus(String stepId) {
        return againIfSwapped(() -> driver.findElement(By.cssSelector("#checklist tr.step[data-step-id='" + stepId + "']"))
                .getAttribute("data-status"));
    }

    List<String> openTaskIds() {
        return againIfSwapped(() -> driver.findElements(By.cssSelector("#tasks tr.task")).stream()
                .map(e -> e.getAttribute("data-task-id")).toList());
    }

    List<String> queueTickets() {
        return againIfSwapped(() -> driver.findElements(By.cssSelector("#queue tr.waiting")).stream()
                .map(e -> e.getAttribute("data-ticket")).toList());
    }

    String user() {
        return driver.findElement(By.id("user")).getText();
    }

    /** Clicks "Ciente" on the alert {@code key}. */
    void acknowledge(String key) {
        WebElement button = againIfSwapped(() -> {
            WebElement found = driver.findElement(By.cssSelector("#alerts .alert[data-alert-key='" + key + "'] button"));
            found.click();
            return found;
        });
        // the form posts and the browser loads the answer: read nothing of the old page after this
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
    }

    /** Fills the note and submits a task's action form ({@code feita}, {@code descartar}). */
    void submitTaskAction(String taskId, String action, String note) {
        submitTaskAction(taskId, action, "nota", note);
    }

    /** Fills {@code field} ({@code nota}, or {@code pessoa} for {@code atribuir}) and submits a task's action form. */
    void submitTaskAction(String taskId, String action, String field, String value) {
        WebElement form = type(taskId, action, field, value).findElement(By.xpath("./ancestor::form"));
        form.findElement(By.tagName("button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(form));
    }

    /**
     * Types {@code value} into {@code field} of a task's action form, without submitting it, and returns the field.
     * Once the field holds the typed text the page keeps the live part as it is (hoje.js), so only
     * finding and filling can meet a swap.
     */
    WebElement type(String taskId, String action, String field, String value) {
        return againIfSwapped(() -> {
            WebElement input = driver.findElement(By.cssSelector("#tasks tr.task[data-task-id='" + taskId
                    + "'] form[action$='/" + action + "'] [name='" + field + "']"));
            input.clear();
            input.sendKeys(value);
            return input;
        });
    }

    /** The text of a task row's cell ({@code age}, {@code assignee}). */
    String taskCell(String taskId, String cell) {
        return againIfSwapped(() -> driver.findElement(By.cssSelector("#tasks tr.task[data-task-id='" + taskId + "'] td." + cell))
                .getText());
    }

    /**
     * Runs {@code use} again when the live refresh replaced the section between finding an element
     * and using it. Chromium reports that either as a stale element or, when the node goes in the
     * middle of the command, as "does not belong to the document". A command that failed so did not
     * act, so running it again does nothing twice.
     */
    private static <T> T againIfSwapped(Supplier<T> use) {
        for (int attempt = 1; ; attempt++) {
            try {
                return use.get();
            } catch (WebDriverException e) {
                boolean swapped = e instanceof StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document");
                if (!swapped || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    String text() {
        return againIfSwapped(() -> driver.findElement(By.tagName("body")).getText());
    }
}
