package br.com.webplanet.roteiro.config;

import br.com.webplanet.roteiro.model.TextBundle;
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
import java.time.MonthDay;
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

    /** Jackson, for the rare type none of the cases below knows; loaded only then (it costs start-up time). */
    private static final class Jackson {
        static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
                .addModule(new Jdk8Module()).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();
    }

    private ValueConverter() {}

    /** A value that is not of the type expected; the message is what a user must write, in the current language. */
    static final class Mismatch extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Class<?> type;

        Mismatch(Class<?> type) {
            super(describe(type));
            this.type = type;
        }

        /** The Java type expected (for {@code --verbose}). */
        Class<?> type() {
            return type;
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
                throw new Mismatch(type);
            } else if (cls.isEnum()) {
                return enumValue(cls, text);
            } else if (cls == Duration.class) {
                return duration(text);
            } else if (cls == LocalTime.class) {
                return LocalTime.parse(text.length() == 4 ? "0" + text : text);
            } else if (cls == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (cls == MonthDay.class) {
                return MonthDay.parse(text.startsWith("--") ? text : "--" + text);
            } else if (cls == ZoneId.class) {
                return ZoneId.of(text);
            } else if (cls == Path.class) {
                return Path.of(text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text);
            } else if (cls == URI.class) {
                return new URI(text);
            } else if (cls == Integer.class) {
                return Integer.valueOf(text.trim());
            } else if (cls == Long.class) {
                return Long.valueOf(text.trim());
            } else if (cls == Double.class) {
                return Double.valueOf(text.trim());
            }
            return Jackson.MAPPER.convertValue(raw, cls);
        } catch (Mismatch e) {
            throw e;
        } catch (Exception e) {
            throw new Mismatch(type);
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
            throw new Mismatch(Duration.class);
        }
    }

    private static Object enumValue(Class<?> cls, String text) {
        String wanted = text.trim().replace('-', '_');
        for (Object constant : cls.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        throw new Mismatch(cls);
    }

    private static String scalar(Object raw, Class<?> cls) {
        if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
            return raw.toString();
        }
        throw new Mismatch(cls);
    }

    /** What a user must write for a value of this type, in the current language (no Java names). */
    static String describe(Class<?> type) {
        TextBundle text = TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault());
        Class<?> cls = BOXES.getOrDefault(type, type);
        if (cls.isEnum()) {
            return text.get("type.enum", Arrays.stream(cls.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        String key;
        if (cls == Integer.class || cls == Long.class || cls == Short.class || cls == Byte.class) {
            key = "type.wholeNumber";
        } else if (cls == Double.class || cls == Float.class || Number.class.isAssignableFrom(cls)) {
            key = "type.number";
        } else if (cls == Boolean.class) {
            key = "type.boolean";
        } else if (cls == Duration.class) {
            key = "type.duration";
        } else if (cls == LocalTime.class) {
            key = "type.time";
        } else if (cls == LocalDate.class) {
            key = "type.date";
        } else if (cls == MonthDay.class) {
            key = "type.monthDay";
        } else if (cls == ZoneId.class) {
            key = "type.zone";
        } else if (cls == URI.class) {
            key = "type.uri";
        } else if (cls == String.class || cls == Secret.class || cls == Path.class || cls == Character.class) {
            key = "type.text";
        } else {
            key = "type.value";
        }
        return text.get(key);
    }
}
