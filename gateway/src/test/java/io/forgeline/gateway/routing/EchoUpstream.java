package io.forgeline.gateway.routing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.forgeline.testing.LocalStack;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A plain HTTP upstream for the gateway's tests: it echoes what reached it, answers /slow late, streams
 * slow server-sent events at any path ending in /progress, signs in {"badge":"FRESH"} at …/terminal-sessions, and the quality route points at a port where
 * nothing listens. Keycloak stays real. Requests from this machine count as from a trusted proxy, so a test
 * can pose as any client address with X-Forwarded-For; {@code HandClock} stands in for the edge's clock.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        LocalStack.ensureRunning();
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", EchoUpstream::echo);
            server.start();
            String echo = "http://localhost:" + server.getAddress().getPort();
            return Map.of(
                    "forgeline.keycloak.url", LocalStack.keycloakUrl(),
                    "forgeline.scheduling.url", echo,
                    "forgeline.execution.url", echo,
                    "forgeline.warehouse.url", echo,
                    "forgeline.quality.url", "http://localhost:" + freePort(),
                    "forgeline.gateway.upstream-timeout", "1S",
                    "forgeline.gateway.rate-limit.per-client.capacity", "20",
                    "forgeline.gateway.rate-limit.per-client.refill-per-second", "1",
                    // the tests are the ingress: each poses as clients of its own through X-Forwarded-For
                    "forgeline.gateway.trusted-proxies", "127.0.0.1,::1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Three server-sent events, further apart than the gateway's upstream timeout allows an answer to take. */
    private static void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (var out = exchange.getResponseBody()) {
            for (int i = 1; i <= 3; i++) {
                String event = i < 3 ? "event: progress\ndata: {\"step\":" + i + "}\n\n" : "event: done\ndata: {}\n\n";
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (i < 3) {
                    try {
                        Thread.sleep(1_500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().endsWith("/progress")) {
            events(exchange);
            return;
        }
        if (exchange.getRequestURI().getPath().endsWith("/slow")) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (exchange.getRequestURI().getPath().endsWith("/terminal-sessions") && body.contains("\"badge\":\"FRESH\"")) {
            signIn(exchange);
            return;
        }
        var headers = exchange.getRequestHeaders();
        String json = "{\"method\":\"" + exchange.getRequestMethod() + "\""
                + ",\"uri\":\"" + exchange.getRequestURI() + "\""
                + ",\"requestId\":\"" + headers.getFirst("X-Request-Id") + "\""
                + ",\"traceparent\":\"" + headers.getFirst("traceparent") + "\""
                + ",\"authorized\":" + (headers.getFirst("Authorization") != null)
                + ",\"forwardedFor\":\"" + headers.getFirst("X-Forwarded-For") + "\""
                + ",\"bodyLength\":" + body.length() + "}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stands in for execution's badge sign-in: answers with an operator's token never used before. */
    private static void signIn(HttpExchange exchange) throws IOException {
        byte[] bytes = ("{\"accessToken\":\"" + Tokens.fresh("operator") + "\",\"expiresIn\":300}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
