package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import java.io.PrintStream;
import java.util.Objects;

/**
 * A progress bar on the terminal ({@code [#####-----] 42/100 message}, redrawn in place on
 * stderr); when stdout is not a terminal (CI, cron, a pipe) the engine's plain log lines instead.
 */
public final class TerminalProgress implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private final PrintStream out;

    TerminalProgress(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out is null");
    }

    /** The bar on a terminal, log lines otherwise. */
    public static ProgressListener forThisProcess() {
        return System.console() != null ? new TerminalProgress(System.err) : ProgressListener.LOG;
    }

    @Override
    public Progress stepStarted(StepDescriptor step) {
        Bar bar = new Bar(step.title().in(CliText.locale()));
        bar.draw(true);
        return bar;
    }

    @Override
    public void stepFinished(StepDescriptor step, StepReport report) {
        out.print("\r\033[2K");
        out.println(RunSummary.icon(report.status()) + " " + step.title().in(CliText.locale()) + " — "
                + report.status().label().in(CliText.locale()));
        out.flush();
    }

    private final class Bar implements Progress {
        private final String title;
        private long total;
        private long done;
        private String message = "";
        private long lastDraw;

        Bar(String title) {
            this.title = title;
        }

        @Override
        public synchronized void total(long items) {
            total = Math.max(0, items);
            draw(true);
        }

        @Override
        public synchronized void advance(long items) {
            done += items;
            draw(false);
        }

        @Override
        public synchronized void message(String text) {
            message = text == null ? "" : text;
            draw(true);
        }

        synchronized void draw(boolean force) {
            long now = System.nanoTime();
            if (!force && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            StringBuilder line = new StringBuilder("\r\033[2K\u25b6 ").append(title);
            if (total > 0) {
                int filled = (int) Math.min(WIDTH, done * WIDTH / total);
                line.append(" [").append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
                        .append(Math.min(done, total)).append('/').append(total);
            } else if (done > 0) {
                line.append(" (").append(done).append(')');
            }
            if (!message.isEmpty()) {
                line.append(' ').append(message.length() > 60 ? message.substring(0, 57) + "..." : message);
            }
            out.print(line);
            out.flush();
        }
    }
}
