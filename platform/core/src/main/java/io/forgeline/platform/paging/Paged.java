package io.forgeline.platform.paging;

import io.forgeline.platform.problem.InvalidField;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param page  0-based
 * @param total rows on every page together
 */
public record Paged<T>(List<T> items, long total, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Runs the query for one page and counts the whole (in one session: the caller opens it). */
    public static <T> Uni<Paged<T>> of(PanacheQuery<T> query, int page, int size) {
        check(page, size);
        return query.page(Page.of(page, size)).list()
                .flatMap(items -> query.count().map(total -> new Paged<>(items, total, page, size)));
    }

    /** 400 naming {@code page} or {@code size} when a client asks for no rows or too many. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidField("page", "must be 0 or more (the first page is 0)");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public <R> Paged<R> map(Function<T, R> mapping) {
        return new Paged<>(items.stream().map(mapping).toList(), total, page, size);
    }

    /** The page as a JSON array, with {@code X-Total-Count} and a {@code Link} to the next page when there is one. */
    public Response response(UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(items).header("X-Total-Count", total);
        if (hasNext()) {
            // relative: behind the gateway the service's own address is not the one the client called
            URI next = uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build();
            response.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return response.build();
    }
}
