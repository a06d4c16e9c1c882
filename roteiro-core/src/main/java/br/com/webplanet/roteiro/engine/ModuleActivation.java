package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.config.RoteiroConfiguration;
import br.com.webplanet.roteiro.config.Validated;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import com.google.inject.Binding;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.LinkedKeyBinding;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which modules run: those the application named, and those found on the class path whose section
 * the configuration has, that {@code roteiro.modules} lists, or that have no settings at all. The
 * steps of the others are described without wiring them (their settings may be missing), for
 * {@code roteiro steps} and for messages naming the module a step needs.
 *
 * @param active        the modules to wire, in the order given
 * @param statuses      every installed module's status, by name
 * @param inactiveSteps descriptor of each step of an inactive module, by step id
 * @param stepModule    the module name of every step of an inactive module, by step id
 * @param problems      configuration problems (key path → message), e.g. an unknown name in {@code roteiro.modules}
 */
record ModuleActivation(List<RoteiroModule> active, Map<String, ModuleStatus> statuses,
                        Map<String, StepDescriptor> inactiveSteps, Map<String, String> stepModule,
                        Map<String, String> problems) {
    static final String MODULES_KEY = EngineConfig.PREFIX + ".modules";

    static ModuleActivation decide(List<RoteiroModule> given, List<RoteiroModule> discovered,
                                   RoteiroConfiguration configuration) {
        Set<String> sections = configuration.sections();
        List<String> listed = configuration.rawTexts(MODULES_KEY);
        List<RoteiroModule> active = new ArrayList<>();
        Map<String, ModuleStatus> statuses = new TreeMap<>();
        Map<String, StepDescriptor> inactiveSteps = new LinkedHashMap<>();
        Map<String, String> stepModule = new LinkedHashMap<>();
        for (RoteiroModule module : given) {
            active.add(module);
            statuses.put(module.name(), new ModuleStatus(module.name(), true, ModuleStatus.Why.GIVEN));
        }
        for (RoteiroModule module : discovered) {
            ModuleStatus.Why why = sections.contains(module.name()) ? ModuleStatus.Why.SECTION
                    : listed.contains(module.name()) ? ModuleStatus.Why.LISTED
                    : ConfigBinder.bindingsIn(List.of(module)).isEmpty() ? ModuleStatus.Why.NO_SETTINGS
                    : ModuleStatus.Why.NOT_CONFIGURED;
            boolean on = why != ModuleStatus.Why.NOT_CONFIGURED;
            statuses.putIfAbsent(module.name(), new ModuleStatus(module.name(), on, why));
            if (on) {
                active.add(module);
            } else {
                for (StepDescriptor d : describeSteps(module)) {
                    inactiveSteps.putIfAbsent(d.id(), d);
                    stepModule.putIfAbsent(d.id(), module.name());
                }
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            if (!statuses.containsKey(listed.get(i))) {
                String installed = String.join(", ", statuses.keySet());
                problems.put(MODULES_KEY + "[" + i + "]", Validated.inEnglish()
                        ? "'" + MODULES_KEY + "' lists '" + listed.get(i) + "', but no installed module has that name;"
                                + " installed: " + installed + " (fix the name, or put the module's jar on the class path)"
                        : "'" + MODULES_KEY + "' cita '" + listed.get(i) + "', mas nenhum módulo instalado tem esse nome;"
                                + " instalados: " + installed + " (corrija o nome, ou ponha o jar do módulo no class path)");
            }
        }
        return new ModuleActivation(List.copyOf(active), statuses, inactiveSteps, stepModule, problems);
    }

    /** What to tell a user who needs a step of an inactive module. */
    String howToActivate(String stepId) {
        String module = stepModule.get(stepId);
        return "it belongs to module '" + module + "', which is not configured: add a '" + module
                + ":' section to the configuration file, or list it in " + MODULES_KEY;
    }

    /**
     * The steps a module binds, described without an injector: an instance it binds, else the step
     * class's {@code static StepDescriptor} constant, else an instance made with its no-argument
     * constructor, else its {@code static String ID} with the class name as title.
     */
    static List<StepDescriptor> describeSteps(RoteiroModule module) {
        Set<StepDescriptor> found = new LinkedHashSet<>();
        List<Element> elements;
        try {
            elements = Elements.getElements(module);
        } catch (RuntimeException e) {
            return List.of();                 // a module that cannot even list its bindings shows no steps
        }
        for (Element element : elements) {
            if (element instanceof Binding<?> b && b.getKey().getTypeLiteral().getRawType() == ChecklistStep.class) {
                StepDescriptor d = null;
                if (b instanceof InstanceBinding<?> i && i.getInstance() instanceof ChecklistStep step) {
                    d = step.descriptor();
                } else if (b instanceof LinkedKeyBinding<?> l) {
                    d = describe(l.getLinkedKey().getTypeLiteral().getRawType());
                }
                if (d != null) {
                    found.add(d);
                }
            }
        }
        return List.copyOf(found);
    }

    private static StepDescriptor describe(Class<?> type) {
        try {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == StepDescriptor.class) {
                    f.setAccessible(true);
                    return (StepDescriptor) f.get(null);
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 0 && ChecklistStep.class.isAssignableFrom(type)) {
                    c.setAccessible(true);
                    return ((ChecklistStep) c.newInstance()).descriptor();
                }
            }
            Field id = type.getDeclaredField("ID");
            if (Modifier.isStatic(id.getModifiers()) && id.getType() == String.class) {
                id.setAccessible(true);
                String name = type.getSimpleName();
                return StepDescriptor.of((String) id.get(null), Localized.of(name, name), null);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
        return null;
    }
}
