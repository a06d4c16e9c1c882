package br.com.webplanet.roteiro.examples;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import com.google.inject.AbstractModule;

/** The launcher's own settings ({@link ReportConfig}, {@link ScheduleConfig}); it binds no step. */
public final class LauncherModule extends AbstractModule implements RoteiroModule {
    @Override
    public String name() {
        return "launcher";
    }

    @Override
    protected void configure() {
        ConfigBinder.bindConfig(binder(), ReportConfig.class, ReportConfig.PREFIX);
        ConfigBinder.bindConfig(binder(), ScheduleConfig.class, ScheduleConfig.PREFIX);
    }
}
