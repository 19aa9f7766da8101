package io.forgeline.gateway.routing;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 responses written by the edge itself (the services write their own). */
public final class EdgeProblem {

    private EdgeProblem() {
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", "https://forgeline.io/problems/" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path());
        String requestId = ctx.get(RequestIds.KEY);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
