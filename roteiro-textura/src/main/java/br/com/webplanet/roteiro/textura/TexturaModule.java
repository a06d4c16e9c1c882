package br.com.webplanet.roteiro.textura;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.textura.architects.ArchitectsStep;
import br.com.webplanet.roteiro.textura.romaneios.CsvRomaneioParser;
import br.com.webplanet.roteiro.textura.romaneios.NfeRomaneioParser;
import br.com.webplanet.roteiro.textura.romaneios.RomaneioParser;
import br.com.webplanet.roteiro.textura.romaneios.RomaneiosStep;
import br.com.webplanet.roteiro.textura.romaneios.XlsxRomaneioParser;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/**
 * Client Textura: steps {@code textura.architects} (3) and {@code textura.romaneios} (5), with the
 * built-in romaneio parsers (CSV, XLSX, NF-e). The {@code ArchitectRegistry} and
 * {@code RomaneioBook} ports are not bound here: they live behind G3stor's API and the
 * {@code g3stor} module binds them (tests bind the in-memory ones).
 */
public final class TexturaModule extends AbstractModule implements RoteiroModule {
    public static final String NAME = "textura";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void configure() {
        ConfigBinder.bindConfig(binder(), TexturaConfig.class, NAME);
        Multibinder<RomaneioParser> parsers = Multibinder.newSetBinder(binder(), RomaneioParser.class);
        parsers.addBinding().to(NfeRomaneioParser.class);
        parsers.addBinding().to(XlsxRomaneioParser.class);
        parsers.addBinding().to(CsvRomaneioParser.class);
        StepBinder.of(binder()).addStep(ArchitectsStep.class).addStep(RomaneiosStep.class);
    }
}
