package io.forgeline.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Raw HTTP for the walks: any method, any bytes, any content type. A 429 from the gateway is waited out
 * (Retry-After) and the request sent again: the walks test roles and bodies, not rate limits. Event streams
 * are answered by their status alone, so a stream that would stay open does not hold a walk.
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    record Answer(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {

        boolean refused() {
            return status == 401 || status == 403;
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static Answer send(String base, String method, String path, Caller caller, String contentType, byte[] body) {
        return send(base, method, path, caller, contentType, body, Map.of());
    }

    static Answer send(String base, String method, String path, Caller caller, String contentType, byte[] body,
            Map<String, String> headers) {
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            caller.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            headers.forEach(request::header);
            Answer answer = exchange(request.build());
            if (answer.status() != 429 || attempt == 10) {
                return answer;
            }
            sleep(Long.parseLong(answer.header("Retry-After").orElse("1")));
        }
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            String body;
            try (InputStream in = response.body()) {
                body = type != null && type.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), type, body, response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
