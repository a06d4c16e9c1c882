package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.StepDescriptor;
import java.util.Objects;

/**
 * A step an installed module has, with whether it runs in this routine ({@code roteiro steps}).
 *
 * @param descriptor the step's descriptor (for a step of an inactive module, as its class declares it)
 * @param module     the name of the module that binds it
 * @param active     false when its module is not configured
 */
public record StepListing(StepDescriptor descriptor, String module, boolean active) {
    public StepListing {
        Objects.requireNonNull(descriptor, "descriptor is null");
        Objects.requireNonNull(module, "module is null");
    }
}
