package io.forgeline.platform.paging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A list's filters as one Panache query: each given value narrows it, an absent one does not. */
public final class Where {

    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();

    public static Where all() {
        return new Where();
    }

    /** A condition that always holds for this list, e.g. "sentAt is not null". */
    public Where always(String condition) {
        query.append(" and ").append(condition);
        return this;
    }

    public Where equal(String field, Optional<?> value) {
        return compare(field, "=", value);
    }

    public Where after(String field, Optional<?> value) {
        return compare(field, ">", value);
    }

    private Where compare(String field, String operator, Optional<?> value) {
        value.ifPresent(v -> {
            String name = "p" + parameters.size();
            query.append(" and ").append(field).append(' ').append(operator).append(" :").append(name);
            parameters.put(name, v);
        });
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
