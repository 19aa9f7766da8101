package io.forgeline.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** Every request gets an id people can quote; a sane id from the caller is kept so retries can be followed. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String KEY = "forgeline.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {
    }

    static String assign(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        return id;
    }
}
