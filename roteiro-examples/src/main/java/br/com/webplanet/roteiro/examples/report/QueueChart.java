package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Geometry of the inline-SVG chart "queue by priority and age": one stacked bar per priority
 * present, split by how long the customer has been waiting. The template draws it.
 */
final class QueueChart {
    static final int WIDTH = 520;
    static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;
    private static final String[] FILLS = {"#7fb77e", "#f2b441", "#d9534f"};

    private QueueChart() {}

    /** An age bucket: its legend label and colour. */
    record Bucket(String label, String fill, int legendX) {}

    /** One rectangle of a stacked bar. */
    record Bar(int x, int y, int width, int height, String fill, String title) {}

    /** A label under a bar, or the count on top of it. */
    record Label(int x, int y, String text) {}

    /** Everything the template needs. */
    record Chart(int width, int height, int axisY, int axisRight, List<Bar> bars, List<Label> labels,
                 List<Label> totals, List<Bucket> buckets, int legendY, String maxLabel) {}

    static Chart of(List<WaitingCustomer> queue, Instant now, Locale locale, List<String> bucketLabels) {
        Map<Priority, int[]> byPriority = new EnumMap<>(Priority.class);
        for (WaitingCustomer w : queue) {
            Duration age = Duration.between(w.waitingSince(), now);
            int bucket = age.compareTo(Duration.ofDays(1)) < 0 ? 0 : age.compareTo(Duration.ofDays(3)) <= 0 ? 1 : 2;
            byPriority.computeIfAbsent(w.priority(), p -> new int[3])[bucket]++;
        }
        List<Priority> shown = new ArrayList<>(byPriority.keySet());
        shown.sort(Comparator.comparingInt(Priority::rank).reversed());
        int max = byPriority.values().stream().mapToInt(c -> c[0] + c[1] + c[2]).max().orElse(1);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int slot = shown.isEmpty() ? 0 : (WIDTH - LEFT - 10) / shown.size();
        int barWidth = Math.min(60, Math.max(12, slot - 16));

        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Label> totals = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Priority p = shown.get(i);
            int[] counts = byPriority.get(p);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            int y = HEIGHT - BOTTOM;
            for (int b = 0; b < 3; b++) {
                int h = Math.round((float) counts[b] * plotHeight / max);
                if (counts[b] > 0) {
                    y -= h;
                    bars.add(new Bar(x, y, barWidth, h, FILLS[b],
                            p.label().in(locale) + " · " + bucketLabels.get(b) + ": " + counts[b]));
                }
            }
            labels.add(new Label(x + barWidth / 2, HEIGHT - BOTTOM + 16, p.label().in(locale)));
            totals.add(new Label(x + barWidth / 2, y - 4, Integer.toString(counts[0] + counts[1] + counts[2])));
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            buckets.add(new Bucket(bucketLabels.get(b), FILLS[b], LEFT + b * 130));
        }
        return new Chart(WIDTH, HEIGHT, HEIGHT - BOTTOM, WIDTH - 10, List.copyOf(bars), List.copyOf(labels),
                List.copyOf(totals), List.copyOf(buckets), HEIGHT - 10, Integer.toString(max));
    }
}
