package io.forgeline.scheduling.masterdata;

import io.forgeline.platform.problem.InvalidField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Bean validation of the elements of a list a PUT replaces as a whole (BOM, routing, shifts). The problem
 * names the element the way the planner's screen shows it, e.g. {@code components[2].quantityPer}; validating
 * the list as a method parameter would name it after the Java method instead.
 */
public final class ListFields {

    private ListFields() {
    }

    /** Refuses a missing list and the first invalid element (400 naming its field). */
    public static <T> void check(String list, List<T> elements, Validator validator) {
        if (elements == null) {
            throw new InvalidField(list, "is required");
        }
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            if (element == null) {
                throw new InvalidField(list + "[" + i + "]", "must not be null");
            }
            int index = i;
            validator.validate(element).stream()
                    .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                    .ifPresent(v -> {
                        throw new InvalidField(list + "[" + index + "]." + v.getPropertyPath(), v.getMessage());
                    });
        }
    }

    /** Refuses the second element with the same key (400 naming its field), e.g. a component listed twice. */
    public static <T> void unique(String list, List<T> elements, Function<T, ?> key, String field) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            Object value = key.apply(elements.get(i));
            if (!seen.add(value)) {
                throw new InvalidField(list + "[" + i + "]." + field, value + " is listed twice");
            }
        }
    }
}
