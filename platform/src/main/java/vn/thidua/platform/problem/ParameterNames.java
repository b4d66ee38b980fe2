package vn.thidua.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import vn.thidua.platform.rest.Parameters;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The field a bean-validation failure names, as the client wrote it: a query, path or header parameter by
 * its HTTP name ({@code q}, not the Java parameter {@code text}), the body itself as {@code body}, and a
 * field inside the body by its JSON path ({@code contents[2].text}).
 */
final class ParameterNames {

    private ParameterNames() {
    }

    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (nodes.size() == 2 && nodes.get(0).getKind() == ElementKind.METHOD
                && nodes.get(1).getKind() == ElementKind.PARAMETER) {
            String name = httpName(violation.getRootBeanClass(), nodes.get(0).as(Path.MethodNode.class),
                    nodes.get(1).as(Path.ParameterNode.class).getParameterIndex());
            return name == null ? "body" : name;
        }
        return ProblemMappers.fieldOf(violation.getPropertyPath());
    }

    /** The JAX-RS name of the method's parameter, or null for the body (or when the method is not found). */
    private static String httpName(Class<?> type, Path.MethodNode method, int index) {
        Class<?>[] parameters = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method declared = c.getDeclaredMethod(method.getName(), parameters);
                Annotation[] annotations = declared.getParameterAnnotations()[index];
                String name = Parameters.httpName(annotations);
                if (name != null || annotations.length > 0) {
                    return name; // a constrained parameter without a JAX-RS name is the body
                }
            } catch (NoSuchMethodException e) {
                // declared further up (the class may be a generated subclass)
            }
        }
        return null;
    }
}
