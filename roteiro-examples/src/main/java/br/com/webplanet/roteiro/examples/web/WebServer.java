package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.examples.report.HtmlReportRenderer;
import br.com.webplanet.roteiro.examples.report.StatusLook;
import br.com.webplanet.roteiro.model.TextBundle;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.spi.StepStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web page of {@code roteiro watch} on Javalin (Jetty): Hoje ({@code /}, live part at
 * {@code /hoje/parcial}), Histórico ({@code /historico}, a day's report at {@code /historico/DATE}),
 * {@code /metrics} (Prometheus text), {@code /health} (JSON), and the changes (POST, CSRF-checked,
 * journaled with who made them). Every response carries a strict Content-Security-Policy (scripts
 * and styles from this origin only; the archived report's inline style allowed by its hash),
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (nothing leaks to other sites) and
 * {@code frame-ancestors 'none'}.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String BASE = "br/com/webplanet/roteiro/examples/web";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STYLE_BLOCK = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern STYLE_ATTR = Pattern.compile(" style=\"([^\"]*)\"");
    private static final int HISTORY_DAYS = 60;
    private static final int MAX_THREADS = 32;

    private final WebContext web;
    private final WebAccess access;
    private final Mustache hoje;
    private final Mustache hojeLive;
    private final Mustache historico;
    private final Mustache mensagem;
    private final Mustache tarefa;
    private final byte[] css;
    private final byte[] js;
    private final Javalin app;
    private final TodayCache cache;

    private WebServer(WebContext web) {
        this.web = Objects.requireNonNull(web, "web is null");
        this.access = new WebAccess(web.http(), web.clock());
        this.cache = new TodayCache(web);
        DefaultMustacheFactory templates = new DefaultMustacheFactory(BASE);
        this.hoje = templates.compile("hoje.mustache");
        this.hojeLive = templates.compile("hoje-live.mustache");
        this.historico = templates.compile("historico.mustache");
        this.mensagem = templates.compile("mensagem.mustache");
        this.tarefa = templates.compile("tarefa.mustache");
        this.css = resource("roteiro.css");
        this.js = resource("hoje.js");
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = web.http().listen();
            cfg.jetty.port = web.http().port();
            // a bounded pool: on a small machine 250 threads (Jetty's default) only fight for the CPU
            cfg.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(MAX_THREADS, 4);
            cfg.http.maxRequestSize = 64 * 1024;
            cfg.routes.before(ctx -> ctx.attribute("startedNanos", System.nanoTime()));
            cfg.routes.before(this::secure);
            cfg.routes.after(this::timed);
            cfg.routes.get("/", this::today);
            cfg.routes.get("/hoje", ctx -> ctx.redirect("/"));
            cfg.routes.get("/hoje/parcial", this::todayLive);
            cfg.routes.get("/historico", this::history);
            cfg.routes.get("/historico/{date}", this::historyDay);
            cfg.routes.post("/alertas/ciente", this::acknowledgeAlert);
            cfg.routes.get("/tarefas/{id}", this::taskPage);
            cfg.routes.post("/tarefas/{id}/{action}", this::changeTask);
            cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(web.metrics().scrape()));
            cfg.routes.get("/health", this::health);
            cfg.routes.get("/health/live", ctx -> json(ctx, 200, Map.of("status", "UP")));
            cfg.routes.get("/static/roteiro.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
            cfg.routes.get("/static/hoje.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(js));
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    message(ctx, 404, "notFound");
                }
            });
        });
    }

    /** Starts serving; the port is {@link #port()} (useful with {@code http.port: 0}). */
    public static WebServer start(WebContext web) {
        WebServer server = new WebServer(web);
        server.app.start();
        LOG.info("web page on http://{}:{}/", web.http().listen(), server.port());
        return server;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        cache.close();
        app.stop();
    }

    private void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");   // no-referrer would make Chrome send "Origin: null" on our own forms
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        if (ctx.path().equals("/health/live")) {
            return;
        }
        BasicAuthCredentials basic = basicOf(ctx);
        WebAccess.Outcome who = access.identify(ctx.ip(),
                web.http().trustedUserHeader().map(ctx::header),
                Optional.ofNullable(basic).map(BasicAuthCredentials::getUsername),
                Optional.ofNullable(basic).map(BasicAuthCredentials::getPassword));
        if (who instanceof WebAccess.Refused refused) {
            if (refused.challenge()) {
                ctx.header("WWW-Authenticate", "Basic realm=\"roteiro\", charset=\"UTF-8\"");
                ctx.status(401).contentType("text/plain; charset=utf-8").result("401: identifique-se / sign in");
            } else {
                ctx.status(403).contentType("text/plain; charset=utf-8").result("403: acesso somente pelo proxy / proxy only");
            }
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute("user", ((WebAccess.Known) who).user());
        String token = ctx.cookie(Csrf.COOKIE);
        if (!Csrf.isToken(token)) {
            token = Csrf.newToken();
            ctx.header("Set-Cookie", Csrf.cookie(token, "https".equals(ctx.scheme())));
            ctx.attribute("csrfFresh", true);
        }
        ctx.attribute("csrf", token);
    }

    private void timed(Context ctx) {
        Long started = ctx.attribute("startedNanos");
        if (started != null) {
            String route;
            try {
                route = ctx.endpoints().lastHttpEndpoint().path;
            } catch (RuntimeException e) {
                route = "unmatched";
            }
            web.metrics().httpRequest(route, ctx.statusCode(), java.time.Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static BasicAuthCredentials basicOf(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            return ctx.basicAuthCredentials();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private HojeView.Visitor visitor(Context ctx, String flash) {
        Locale locale = WebText.localeOf(ctx.header("Accept-Language"));
        return new HojeView.Visitor(ctx.attribute("user"), ctx.attribute("csrf"), locale,
                flash == null ? null : WebText.labels(locale).get(flash));
    }

    /** Makes the next page view read the journal again (a run finished, an alert was raised or seen). */
    public void invalidate() {
        cache.invalidate();
    }

    private HojeView todayView(Context ctx) {
        Instant now = web.clock().instant();
        LocalDate date = LocalDate.ofInstant(now, web.zone());
        HojeView.Visitor visitor = visitor(ctx, flashOf(ctx));
        TodayCache.Today t = cache.get(date);
        return HojeView.of(visitor, t.day(), web.plan(), t.tasks(),
                web.tasks().canChange(), t.alerts(), t.canary(), now, web.zone(), web.slaRiskUnder(),
                web.http().refresh());
    }

    private void today(Context ctx) {
        html(ctx, render(hoje, todayView(ctx)));
    }

    private void todayLive(Context ctx) {
        html(ctx, render(hojeLive, todayView(ctx)));
    }

    private static String flashOf(Context ctx) {
        String f = ctx.queryParam("ok");
        return f != null ? "changed" : null;
    }

    private void history(Context ctx) {
        HojeView.Visitor visitor = visitor(ctx, null);
        Map<String, String> t = WebText.labels(visitor.locale());
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate date : web.days().days(HISTORY_DAYS)) {
            Day day = web.days().summary(date);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("iso", date.toString());
            row.put("date", date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            row.put("runs", day.runCount());
            List<Map<String, Object>> totals = new ArrayList<>();
            for (StepStatus status : StepStatus.values()) {
                long count = day.steps().stream().filter(s -> s.status() == status).count();
                if (count > 0) {
                    totals.add(Map.of("css", StatusLook.css(status), "label", status.label().in(visitor.locale()),
                            "count", count));
                }
            }
            row.put("totals", totals);
            row.put("openTasks", day.view().map(r -> r.openTasks().size()).orElse(0));
            row.put("closedTasks", day.view().map(r -> r.closedTasks().size()).orElse(0));
            days.add(row);
        }
        Map<String, Object> view = page(visitor, t, t.get("history"));
        view.put("isHistory", true);
        view.put("days", days);
        view.put("hasDays", !days.isEmpty());
        html(ctx, render(historico, view));
    }

    private void historyDay(Context ctx) {
        LocalDate date;
        try {
            date = LocalDate.parse(ctx.pathParam("date"));
        } catch (DateTimeParseException e) {
            message(ctx, 404, "notFound");
            return;
        }
        Optional<DailyReport> view = web.days().summary(date).view();
        if (view.isEmpty()) {
            message(ctx, 404, "notFound");
            return;
        }
        // the engine's day view: every run of the date merged, open tasks and those closed that day
        DailyReport merged = view.get();
        String html = new HtmlReportRenderer(web.zone()).render(merged, WebText.localeOf(ctx.header("Accept-Language")));
        ctx.header("Content-Security-Policy", CSP.replace("style-src 'self'", "style-src 'self' " + styleHashes(html)));
        html(ctx, html);
    }

    /** The CSP sources that allow exactly the inline styles of {@code html} (its {@code <style>} and style attributes). */
    static String styleHashes(String html) {
        Set<String> sources = new LinkedHashSet<>();
        Matcher block = STYLE_BLOCK.matcher(html);
        while (block.find()) {
            sources.add("'sha256-" + sha256(block.group(1)) + "'");
        }
        Matcher attr = STYLE_ATTR.matcher(html);
        boolean attributes = false;
        while (attr.find()) {
            sources.add("'sha256-" + sha256(attr.group(1).replace("&#37;", "%")) + "'");
            attributes = true;
        }
        return (attributes ? "'unsafe-hashes' " : "") + String.join(" ", sources);
    }

    private void acknowledgeAlert(Context ctx) {
        if (!csrfOk(ctx)) {
            return;
        }
        String key = ctx.formParam("chave");
        LocalDate date = LocalDate.ofInstant(web.clock().instant(), web.zone());
        String who = ctx.attribute("user");
        if (key == null || web.alerts().isEmpty() || !web.alerts().get().acknowledge(date, key, who)) {
            message(ctx, 404, "notFound");
            return;
        }
        web.changes().record(who, "alerta.ciente", key);
        invalidate();
        ctx.redirect("/?ok=1#alerts", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void changeTask(Context ctx) {
        if (!csrfOk(ctx)) {
            return;
        }
        if (!web.tasks().canChange()) {
            message(ctx, 405, "readOnlyTasks");
            return;
        }
        String who = ctx.attribute("user");
        String id = ctx.pathParam("id");
        String action = ctx.pathParam("action");
        String argument = Optional.ofNullable(ctx.formParam("nota")).orElse(ctx.formParam("pessoa"));
        Locale locale = WebText.localeOf(ctx.header("Accept-Language"));
        TaskSource.Outcome outcome = web.tasks().change(id, action, argument, who, locale);
        if (!outcome.changed()) {
            LOG.info("task change {} on {} by {} not made: {}", action, id, who, outcome.message());
            text(ctx, outcome.status(), "refused", outcome.message());
            return;
        }
        invalidate();
        web.changes().record(who, "tarefa." + action, id + (argument == null || argument.isBlank() ? "" : " — " + argument));
        String back = ctx.formParam("voltar");
        ctx.redirect("tarefa".equals(back) ? "/tarefas/" + TaskView.safeId(id) + "?ok=1"
                : "/?ok=1#tasks", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void taskPage(Context ctx) {
        HojeView.Visitor visitor = visitor(ctx, flashOf(ctx));
        Optional<br.com.webplanet.roteiro.model.Task> task = web.tasks().find(ctx.pathParam("id"));
        if (task.isEmpty()) {
            message(ctx, 404, "taskNotFound");
            return;
        }
        Map<String, String> t = WebText.labels(visitor.locale());
        Map<String, Object> view = page(visitor, t, t.get("taskPage") + " " + task.get().id().value());
        view.put("flash", visitor.flash());
        view.put("csrf", visitor.csrf());
        view.put("canChange", web.tasks().canChange() && task.get().open());
        view.put("task", TaskView.of(task.get(), visitor.locale(), web.zone()));
        html(ctx, render(tarefa, view));
    }

    private boolean csrfOk(Context ctx) {
        boolean ok = !Boolean.TRUE.equals(ctx.attribute("csrfFresh"))
                && Csrf.allows(ctx.cookie(Csrf.COOKIE), ctx.formParam(Csrf.FIELD), ctx.header("Origin"),
                        ctx.header("Referer"), ctx.header("Host"));
        if (!ok) {
            LOG.warn("change refused (CSRF check) for {} on {}", (Object) ctx.attribute("user"), ctx.path());
            message(ctx, 403, "forbidden");
        }
        return ok;
    }

    private void health(Context ctx) {
        Health.Snapshot snapshot = web.health().check();
        json(ctx, snapshot.ready() ? 200 : 503, snapshot.toJson());
    }

    private void message(Context ctx, int status, String key) {
        text(ctx, status, key, null);
    }

    /** A page with a heading ({@code key}'s label, or the status) and a message ({@code text}, or the label). */
    private void text(Context ctx, int status, String key, String text) {
        HojeView.Visitor visitor = visitor(ctx, null);
        Map<String, String> t = WebText.labels(visitor.locale());
        Map<String, Object> view = page(visitor, t, t.get(key));
        view.put("heading", text == null ? String.valueOf(status) : t.get(key));
        view.put("message", text == null ? t.get(key) : text);
        ctx.status(status);
        html(ctx, render(mensagem, view));
    }

    private static void html(Context ctx, String html) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private static Map<String, Object> page(HojeView.Visitor visitor, Map<String, String> t, String title) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("t", t);
        view.put("lang", TextBundle.speak(visitor.locale()).toLanguageTag());
        view.put("pageTitle", title);
        view.put("user", visitor.user() == null ? "" : visitor.user());
        return view;
    }

    private static String render(Mustache template, Object view) {
        StringWriter out = new StringWriter();
        template.execute(out, view);
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(BASE + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + "/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
