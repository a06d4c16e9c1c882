package br.com.webplanet.roteiro.bench.web;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page views against a running {@code roteiro demo --serve} (or {@code watch}) on loopback while the
 * routine runs: an open-loop load of RATE requests per second to the Hoje page for SECONDS (latency
 * measured from each request's planned start, so a stall is not hidden by waiting for it), while a
 * customer mail is sent to the demo's SMTP every 2 s so {@code watch} keeps running {@code mail.triage}
 * (tickets opened, acknowledgements sent, the journal written). Prints p50/p90/p99/max and errors;
 * exits 1 when p99 is 200 ms or more, or a request failed.
 *
 * <p>Usage: {@code WebPageLoadBenchmark PAGE_URL SMTP_PORT [RATE] [SECONDS]}.
 */
public final class WebPageLoadBenchmark {
    private static final Duration TARGET_P99 = Duration.ofMillis(200);
    private static final Pattern TRIAGE_RUNS = Pattern.compile(
            "roteiro_step_duration_seconds_count\\{status=\"[a-z_]+\",step=\"mail.triage\"} (\\d+)");

    private WebPageLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WebPageLoadBenchmark PAGE_URL SMTP_PORT [RATE] [SECONDS]");
            System.exit(64);
        }
        URI page = URI.create(args[0]);
        int smtpPort = Integer.parseInt(args[1]);
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI metrics = page.resolve("/metrics");
        long triageBefore = triageRuns(http, metrics);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger mails = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        clock.scheduleAtFixedRate(() -> sendMail(smtpPort, mails.incrementAndGet()), 0, 2, TimeUnit.SECONDS);
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        for (long i = 0; i < total; i++) {
            long planned = start + i * 1_000_000_000L / rate;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).GET().build();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                latencies.add(System.nanoTime() - planned);
                if (e != null || r.statusCode() != 200 || !r.body().contains("id=\"checklist\"")) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        clock.shutdownNow();
        long triageAfter = triageRuns(http, metrics);
        String serverSide = serverQuantiles(http, metrics);
        pool.shutdownNow();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Duration p99 = Duration.ofNanos(percentile(sorted, 99));
        System.out.printf(Locale.ROOT, "%d requests in %.1f s (%.1f/s planned %d/s), errors %d%n", sorted.size(), elapsed,
                sorted.size() / elapsed, rate, errors.get());
        System.out.printf(Locale.ROOT, "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50) / 1e6, percentile(sorted, 90) / 1e6, p99.toNanos() / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
        System.out.println("server side (roteiro_http_server_requests_seconds, route /): " + serverSide);
        System.out.printf(Locale.ROOT, "meanwhile: %d customer mails sent, %d mail.triage runs%n", mails.get(),
                triageAfter - triageBefore);
        boolean ok = errors.get() == 0 && p99.compareTo(TARGET_P99) < 0;
        System.out.println(ok ? "target met (p99 < 200 ms, no error)" : "TARGET MISSED");
        System.exit(ok ? 0 : 1);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long triageRuns(HttpClient http, URI metrics) throws Exception {
        String body = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        long runs = 0;
        Matcher m = TRIAGE_RUNS.matcher(body);
        while (m.find()) {
            runs += Long.parseLong(m.group(1));
        }
        return runs;
    }

    private static String serverQuantiles(HttpClient http, URI metrics) throws Exception {
        String body = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("roteiro_http_server_requests_seconds\\{route=\"/\",status=\"200\",quantile=\"([0-9.]+)\"} ([0-9.Ee-]+)")
                .matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(String.format(Locale.ROOT, "p%d %.1f ms  ", (int) Math.round(Double.parseDouble(m.group(1)) * 100),
                    Double.parseDouble(m.group(2)) * 1000));
        }
        return out.length() == 0 ? "(not exposed)" : out.toString().strip();
    }

    private static void sendMail(int smtpPort, int n) {
        try {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(smtpPort));
            MimeMessage mail = new MimeMessage(Session.getInstance(props));
            mail.setFrom(new InternetAddress("cliente" + n + "@padaria-bench.com.br"));
            mail.setRecipients(Message.RecipientType.TO, "suporte@webplanet.com.br");
            mail.setSubject("Pedido de ajuda número " + n, "UTF-8");
            mail.setText("Bom dia, o sistema travou de novo (mensagem de carga " + n + ").", "UTF-8");
            Transport.send(mail);
        } catch (Exception e) {
            System.err.println("mail " + n + " not sent: " + e.getMessage());
        }
    }
}
