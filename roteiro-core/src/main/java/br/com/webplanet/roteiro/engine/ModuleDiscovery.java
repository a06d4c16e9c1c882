package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.RoteiroModule;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds modules listed in {@code META-INF/services/br.com.webplanet.roteiro.spi.RoteiroModule}. */
final class ModuleDiscovery {
    static final String SERVICE_FILE = "META-INF/services/" + RoteiroModule.class.getName();

    private ModuleDiscovery() {}

    static List<RoteiroModule> discover(ClassLoader loader, boolean required) {
        List<RoteiroModule> found = new ArrayList<>();
        try {
            for (RoteiroModule module : ServiceLoader.load(RoteiroModule.class, loader)) {
                found.add(module);
            }
        } catch (ServiceConfigurationError e) {
            throw RoteiroStartException.of("a module listed in " + SERVICE_FILE + " cannot be loaded",
                    List.of(e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")")));
        }
        if (found.isEmpty() && required) {
            throw RoteiroStartException.of("discoverModules() found no module", List.of("no " + SERVICE_FILE
                    + " file on the class path lists a module: put the plugin jars (e.g. roteiro-mail) on the class"
                    + " path, or give modules with withModules(...)"));
        }
        return found;
    }
}
