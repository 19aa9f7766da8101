package io.forgeline.execution;

import static io.forgeline.execution.Terminal.jsonAs;

import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An edge gateway reporting a machine's signals over REST (as admin: the shared test realm may predate the edge client). */
public final class EdgeGateway {

    private EdgeGateway() {
    }

    public static Instant ago(int seconds) {
        return Instant.now().minusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
    }

    public static String state(Instant at, String state, String stopCode) {
        return "{\"observedAt\":\"" + at + "\",\"state\":\"" + state + "\"" + (stopCode == null ? "" : ",\"stopCode\":\"" + stopCode + "\"") + "}";
    }

    public static String counter(Instant at, long value) {
        return "{\"observedAt\":\"" + at + "\",\"counter\":\"PARTS\",\"value\":" + value + "}";
    }

    public static String sensor(Instant at, String value) {
        return "{\"observedAt\":\"" + at + "\",\"sensor\":\"TEMPERATURE\",\"value\":\"" + value + "\",\"unit\":\"CEL\"}";
    }

    public static ValidatableResponse report(String machine, String... signals) {
        return jsonAs("admin", "{\"machineCode\":\"" + machine + "\",\"signals\":[" + String.join(",", signals) + "]}")
                .when().post("/api/execution/machine-signals").then();
    }
}
