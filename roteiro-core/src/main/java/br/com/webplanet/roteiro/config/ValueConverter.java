package br.com.webplanet.roteiro.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Converts one scalar from the YAML tree to a component's type; throws {@link Mismatch} with what was expected. */
final class ValueConverter {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern DURATION = Pattern.compile("(\\d+\\s*(ms|s|m|h|d)\\s*)+");
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            boolean.class, Boolean.class, double.class, Double.class, float.class, Float.class, short.class, Short.class,
            byte.class, Byte.class, char.class, Character.class);
    private static final ObjectMapper JACKSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(new Jdk8Module()).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();

    private ValueConverter() {}

    /** The value a problem message expected. */
    static final class Mismatch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Mismatch(String expected) {
            super(expected);
        }
    }

    static Object convert(Class<?> type, Object raw) {
        Class<?> cls = BOXES.getOrDefault(type, type);
        if (cls == Secret.class) {
            return raw instanceof Secret ? raw : Secret.of(scalar(raw, type));
        }
        if (cls.isInstance(raw)) {
            return raw;
        }
        String text = scalar(raw, type);
        try {
            if (cls == String.class) {
                return text;
            } else if (cls == Boolean.class) {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(text);
                }
                throw new Mismatch(describe(type));
            } else if (cls.isEnum()) {
                return enumValue(cls, text);
            } else if (cls == Duration.class) {
                return duration(text);
            } else if (cls == LocalTime.class) {
                return LocalTime.parse(text.length() == 4 ? "0" + text : text);
            } else if (cls == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (cls == ZoneId.class) {
                return ZoneId.of(text);
            } else if (cls == Path.class) {
                return Path.of(text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text);
            } else if (cls == URI.class) {
                return new URI(text);
            }
            return JACKSON.convertValue(raw, cls);
        } catch (Mismatch e) {
            throw e;
        } catch (Exception e) {
            throw new Mismatch(describe(type));
        }
    }

    /** Parses {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}, {@code 1h30m}, {@code 250ms} or ISO-8601 {@code PT30S}. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (DURATION.matcher(t).matches()) {
            Duration total = Duration.ZERO;
            Matcher m = DURATION_PART.matcher(t);
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                total = total.plus(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
            }
            return total;
        }
        try {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new Mismatch(describe(Duration.class));
        }
    }

    private static Object enumValue(Class<?> cls, String text) {
        String wanted = text.trim().replace('-', '_');
        for (Object constant : cls.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        throw new Mismatch(describe(cls));
    }

    private static String scalar(Object raw, Class<?> cls) {
        if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
            return raw.toString();
        }
        throw new Mismatch(describe(cls));
    }

    /** What a user must write for a value of this type. */
    static String describe(Class<?> type) {
        Class<?> cls = BOXES.getOrDefault(type, type);
        String name = type.getSimpleName();
        if (cls.isEnum()) {
            return "one of " + Arrays.stream(cls.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + " (" + name + ")";
        }
        String what;
        if (cls == Integer.class || cls == Long.class || cls == Short.class || cls == Byte.class) {
            what = "a whole number";
        } else if (cls == Double.class || cls == Float.class || Number.class.isAssignableFrom(cls)) {
            what = "a number";
        } else if (cls == Boolean.class) {
            what = "true or false";
        } else if (cls == Duration.class) {
            what = "a duration like 30s, 5m, 2h, 1d or PT30S";
        } else if (cls == LocalTime.class) {
            what = "a time like 08:00";
        } else if (cls == LocalDate.class) {
            what = "a date like 2027-01-25";
        } else if (cls == ZoneId.class) {
            what = "a time zone like America/Sao_Paulo";
        } else if (cls == URI.class) {
            what = "a URI like https://host/path";
        } else if (cls == String.class || cls == Secret.class || cls == Path.class) {
            what = "a text";
        } else {
            what = "a value";
        }
        return what + " (" + name + ")";
    }
}
