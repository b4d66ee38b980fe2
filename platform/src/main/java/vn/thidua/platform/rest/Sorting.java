package vn.thidua.platform.rest;

import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.text.VietnameseNames;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code sort} parameter of a list of views: one field of the view, as it appears in the JSON ({@code name},
 * {@code -updatedAt} for descending), among those with an order (text in Vietnamese collation, numbers, dates,
 * ids, enumerations); a person's full name ({@code fullName}) by given name, as Vietnamese lists are. Ties and
 * a blank {@code sort} keep the list's own order; nulls come last. An unknown field is a 400 naming {@code sort}
 * and the fields it takes.
 */
public final class Sorting {

    private Sorting() {
    }

    public static <T extends Record> List<T> sort(List<T> items, Class<T> type, String sort) {
        if (sort == null || sort.isBlank()) {
            return items;
        }
        String field = sort.strip();
        boolean descending = field.startsWith("-");
        field = descending ? field.substring(1) : field;
        Map<String, RecordComponent> sortable = sortable(type);
        RecordComponent component = sortable.get(field);
        if (component == null) {
            throw ProblemException.invalid("sort", "một trong " + String.join(", ", sortable.keySet())
                    + ", thêm - để giảm dần (one of these, prefix - for descending): '" + sort.strip() + "'");
        }
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        Comparator<Object> order = component.getType() != String.class ? natural()
                : PERSON_NAME.equals(field) ? givenName() : text();
        Comparator<T> by = Comparator.comparing(item -> value(accessor, item),
                Comparator.nullsLast(descending ? order.reversed() : order));
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(by);
        return sorted;
    }

    private static Map<String, RecordComponent> sortable(Class<?> type) {
        Map<String, RecordComponent> sortable = new TreeMap<>();
        Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getType().isPrimitive() || Comparable.class.isAssignableFrom(c.getType()))
                .forEach(c -> sortable.put(c.getName(), c));
        return sortable;
    }

    /** The field holding a person's full name in every view, ordered as Vietnamese lists are: by given name. */
    private static final String PERSON_NAME = "fullName";

    private static Comparator<Object> givenName() {
        Comparator<String> byGivenName = VietnameseNames.byGivenName();
        return (a, b) -> byGivenName.compare((String) a, (String) b);
    }

    private static Comparator<Object> text() {
        Collator collator = VietnameseNames.collator();
        return (a, b) -> collator.compare((String) a, (String) b);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> natural() {
        return (a, b) -> ((Comparable) a).compareTo(b);
    }

    private static Object value(Method accessor, Object item) {
        try {
            return accessor.invoke(item);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("A record's accessor answers", e);
        }
    }
}
