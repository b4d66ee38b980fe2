package vn.thidua.platform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.text.ControlCharacters;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Path, query and header parameters as the client sent them: a value that is not of the parameter's type
 * (a malformed UUID, date, number — {@code int} and {@code long} too — or enum name) is a 400 naming the
 * parameter and the expected form,
 * where JAX-RS would answer 404; and no text parameter carries a control character into a service.
 */
@Provider
public class Parameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = httpName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return converter(rawType, name, UUID::fromString, "mã UUID", "a UUID");
        }
        if (rawType == LocalDate.class) {
            return converter(rawType, name, LocalDate::parse, "ngày dạng yyyy-mm-dd", "a date yyyy-mm-dd");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return converter(rawType, name, Integer::valueOf, "số nguyên", "a whole number");
        }
        if (rawType == Long.class || rawType == long.class) {
            return converter(rawType, name, Long::valueOf, "số nguyên", "a whole number");
        }
        if (rawType.isEnum()) {
            Map<String, Object> constants = Arrays.stream(rawType.getEnumConstants())
                    .collect(Collectors.toMap(c -> ((Enum<?>) c).name(), c -> c));
            String names = String.join(", ", constants.keySet().stream().sorted().toList());
            return converter(rawType, name, value -> {
                Object constant = constants.get(value);
                if (constant == null) {
                    throw new IllegalArgumentException(value);
                }
                return constant;
            }, "một trong " + names, "one of " + names);
        }
        return null;
    }

    /** Every path and query parameter's name and values, checked for control characters once matched. */
    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            if (ControlCharacters.contains(name)) {
                throw ProblemException.invalid("query", "tên tham số " + ControlCharacters.message(name)
                        + " (parameter name)");
            }
            for (String value : values) {
                if (ControlCharacters.contains(value)) {
                    throw ProblemException.invalid(name, ControlCharacters.message(value));
                }
            }
        });
    }

    private static <T> ParamConverter<T> converter(Class<T> type, String name, Function<String, Object> parse,
            String vietnamese, String english) {
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked") // a primitive's converter answers its box
            public T fromString(String value) {
                if (value == null) {
                    return type == int.class ? (T) Integer.valueOf(0) : type == long.class ? (T) Long.valueOf(0) : null;
                }
                try {
                    return (T) parse.apply(value.strip());
                } catch (RuntimeException e) {
                    // A WebApplicationException, so that JAX-RS keeps it instead of answering 404.
                    String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
                    throw new BadRequestException(ProblemException.invalid(name, "phải là " + vietnamese
                            + " (must be " + english + "): '" + shown + "'"));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
            }
        };
    }

    /** The HTTP name of a parameter from its JAX-RS annotation, or null (the body, or not a parameter). */
    public static String httpName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
            if (annotation instanceof CookieParam c) {
                return c.value();
            }
            if (annotation instanceof FormParam f) {
                return f.value();
            }
        }
        return null;
    }
}
