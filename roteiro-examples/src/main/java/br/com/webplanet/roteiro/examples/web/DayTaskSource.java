package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.HumanTask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Read-only tasks: the human tasks in the day's latest report of each step. */
public final class DayTaskSource implements TaskSource {
    @Override
    public List<TaskItem> open(Day day, Locale locale) {
        List<TaskItem> tasks = new ArrayList<>();
        for (StepReport step : day.steps()) {
            String stepTitle = step.title() == null ? step.stepId() : step.title().in(locale);
            for (HumanTask h : step.humanTasks()) {
                tasks.add(new TaskItem(idOf(step.stepId(), h), stepTitle, h.title(), h.target(), h.reason(),
                        h.wikiLink(), "", ""));
            }
        }
        return List.copyOf(tasks);
    }

    static String idOf(String stepId, HumanTask task) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((stepId + "\n" + task.title() + "\n"
                    + task.target()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
