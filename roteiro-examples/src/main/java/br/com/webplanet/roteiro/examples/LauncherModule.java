package br.com.webplanet.roteiro.examples;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.examples.web.AlertsConfig;
import br.com.webplanet.roteiro.examples.web.CanaryConfig;
import br.com.webplanet.roteiro.examples.web.HttpConfig;
import com.google.inject.AbstractModule;

/** The launcher's own settings ({@link ReportConfig}, {@link ScheduleConfig}, the web page's {@link HttpConfig}, {@link CanaryConfig}, {@link AlertsConfig}); it binds no step. */
public final class LauncherModule extends AbstractModule implements RoteiroModule {
    @Override
    public String name() {
        return "launcher";
    }

    @Override
    protected void configure() {
        ConfigBinder.bindConfig(binder(), ReportConfig.class, ReportConfig.PREFIX);
        ConfigBinder.bindConfig(binder(), ScheduleConfig.class, ScheduleConfig.PREFIX);
        ConfigBinder.bindConfig(binder(), HttpConfig.class, HttpConfig.PREFIX);
        ConfigBinder.bindConfig(binder(), CanaryConfig.class, CanaryConfig.PREFIX);
        ConfigBinder.bindConfig(binder(), AlertsConfig.class, AlertsConfig.PREFIX);
    }
}
