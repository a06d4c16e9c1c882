package br.com.webplanet.roteiro.textura;

import java.util.Objects;

/**
 * Settings of the {@code textura} module (prefix {@code textura}).
 *
 * @param architects step {@code textura.architects}
 * @param romaneios  step {@code textura.romaneios}
 */
public record TexturaConfig(ArchitectsConfig architects, RomaneiosConfig romaneios) {
    public TexturaConfig {
        Objects.requireNonNull(architects, "architects is null");
        Objects.requireNonNull(romaneios, "romaneios is null");
    }
}
