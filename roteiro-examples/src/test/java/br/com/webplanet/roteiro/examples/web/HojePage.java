package br.com.webplanet.roteiro.examples.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Hoje page as a test reads and uses it, including its task actions ({@link #submitTaskAction}).
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
        return driver.findElements(By.cssSelector("#checklist tr.step")).stream()
                .map(e -> e.getAttribute("data-step-id")).toList();
    }

    String stepStatus(String stepId) {
        return driver.findElement(By.cssSelector("#checklist tr.step[data-step-id='" + stepId + "']"))
                .getAttribute("data-status");
    }

    List<String> openTaskIds() {
        return driver.findElements(By.cssSelector("#tasks tr.task")).stream()
                .map(e -> e.getAttribute("data-task-id")).toList();
    }

    List<String> queueTickets() {
        return driver.findElements(By.cssSelector("#queue tr.waiting")).stream()
                .map(e -> e.getAttribute("data-ticket")).toList();
    }

    List<WebElement> alerts() {
        return driver.findElements(By.cssSelector("#alerts .alert"));
    }

    String user() {
        return driver.findElement(By.id("user")).getText();
    }

    /** Clicks "Ciente" on the alert {@code key}. */
    void acknowledge(String key) {
        WebElement button = driver.findElement(By.cssSelector("#alerts .alert[data-alert-key='" + key + "'] button"));
        button.click();
        // the form posts and the browser loads the answer: read nothing of the old page after this
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
    }

    /** Fills the note and submits a task's action form ({@code feita}, {@code descartar}). */
    void submitTaskAction(String taskId, String action, String note) {
        submitTaskAction(taskId, action, "nota", note);
    }

    /** Fills {@code field} ({@code nota}, or {@code pessoa} for {@code atribuir}) and submits a task's action form. */
    void submitTaskAction(String taskId, String action, String field, String value) {
        WebElement form = driver.findElement(By.cssSelector("#tasks tr.task[data-task-id='" + taskId + "'] form[action$='/"
                + action + "']"));
        WebElement input = form.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
        form.findElement(By.tagName("button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(form));
    }

    /** The text of a task row's cell ({@code age}, {@code assignee}). */
    String taskCell(String taskId, String cell) {
        return driver.findElement(By.cssSelector("#tasks tr.task[data-task-id='" + taskId + "'] td." + cell)).getText();
    }

    String text() {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)   // the live section may be swapped while reading
                .until(d -> d.findElement(By.tagName("body")).getText());
    }
}
