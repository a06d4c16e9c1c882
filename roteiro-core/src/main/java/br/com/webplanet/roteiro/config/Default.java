package br.com.webplanet.roteiro.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a configuration record component takes when the file leaves it out, written as it
 * would be in YAML ({@code "993"}, {@code "true"}, {@code "PT30S"}, {@code "30s"}). A component
 * with no default that is not an {@code Optional}, a {@code List}, a {@code Map} or a nested
 * record is required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface Default {
    String value();
}
