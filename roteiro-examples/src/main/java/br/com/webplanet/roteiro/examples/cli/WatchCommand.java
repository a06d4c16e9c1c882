package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.examples.RoteiroCli;
import br.com.webplanet.roteiro.examples.ScheduleConfig;
import br.com.webplanet.roteiro.examples.watch.RoutineSchedule;
import br.com.webplanet.roteiro.examples.watch.WatchLoop;
import br.com.webplanet.roteiro.g3stor.CalendarSettings;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.mail.MailboxWatcher;
import java.io.PrintWriter;
import br.com.webplanet.roteiro.examples.web.WebRuntime;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roteiro watch}: the mailbox all day, the full routine once per business day; stops on SIGTERM. */
@Command(name = "watch", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--run-now", descriptionKey = "run-now")
    boolean runNow;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "port")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Roteiro roteiro = Launch.builder(spec, config).build();
        MailboxWatcher watcher = roteiro.lookup(MailboxWatcher.class).orElse(null);
        if (watcher == null) {
            roteiro.close();
            throw new RoteiroCli.CliUsageException(CliText.get("watch.noWatcher"));
        }
        CalendarSettings calendar = roteiro.lookup(G3storConfig.class).map(G3storConfig::calendar)
                .orElseGet(CalendarSettings::defaults);
        ScheduleConfig schedule = roteiro.lookup(ScheduleConfig.class).orElseGet(() -> new ScheduleConfig(null));
        Clock clock = Clock.system(calendar.zone());
        WatchLoop loop = new WatchLoop(roteiro, watcher, new RoutineSchedule(calendar.toCalendar(),
                schedule.routineAt()), clock, out);
        WebRuntime web = WebRuntime.start(roteiro, new WebRuntime.Options(Optional.ofNullable(port), Duration.ofMinutes(1),
                clock));
        loop.onRun(web::afterRun);
        out.println(CliText.get("watch.web", web.context().http().listen(), String.valueOf(web.port())));
        Thread hook = new Thread(() -> {
            loop.stop();
            web.close();
        }, "roteiro-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        loop.start(runNow);
        loop.awaitStop();
        return ExitCode.OK;
    }
}
