package io.forgeline.execution.andon;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.forgeline.contracts.execution.v1.AndonChanged;
import io.forgeline.execution.notifications.Signature;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class AndonTest {

    private static final String TOPIC = "execution.andons.v1";
    private static final String SECRET = "the-planners-hook-secret";
    private static final String ADMIN_SECRET = "the-admins-hook-secret!";

    /** The test profile's quarkus.mailer.port (3025, GreenMail's test SMTP port). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    /** What the in-test webhook receiver got: path, signature header, body. */
    private record Received(String path, String signature, String body) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** The flaky receiver refuses each andon's first delivery. */
    private static final Set<String> REFUSED_ONCE = ConcurrentHashMap.newKeySet();
    private static HttpServer hooks;
    private static boolean routed;

    @BeforeAll
    static void receivers() throws IOException {
        hooks = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        hooks.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            RECEIVED.add(new Received(path, exchange.getRequestHeaders().getFirst(Signature.HEADER), body));
            String andon = JsonPath.from(body).getString("andonId") + "/" + JsonPath.from(body).getString("event")
                    + "/" + JsonPath.from(body).getString("level");
            int status = path.equals("/flaky") && REFUSED_ONCE.add(andon) ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        hooks.start();
    }

    /** Routes go in once the service runs (a static @BeforeAll runs before it starts). */
    @BeforeEach
    void routes() {
        if (routed) {
            return;
        }
        routed = true;
        String base = "http://localhost:" + hooks.getAddress().getPort();
        jsonAs("admin", "{\"emails\":[\"shift.lead@plant.example\"],\"webhooks\":[{\"url\":\"" + base + "/planner\",\"secret\":\"" + SECRET + "\"}]}")
                .when().put("/api/execution/notification-routes/planner").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        jsonAs("admin", "{\"emails\":[\"plant.manager@plant.example\"],\"webhooks\":[{\"url\":\"" + base + "/flaky\",\"secret\":\"" + ADMIN_SECRET + "\"}]}")
                .when().put("/api/execution/notification-routes/admin").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @AfterAll
    static void stop() {
        hooks.stop(0);
    }

    /** A fresh work center with two machines, known to execution. */
    private static String[] place() {
        String center = code("WC");
        String machine = code("M");
        publish(workCenter(center, 1, Instant.now(), machine, code("M")));
        return new String[] {center, machine};
    }

    private static String raise(String center, String machine, String terminal) {
        return jsonAs("operator", "{\"kind\":\"material\",\"workCenterCode\":\"" + center + "\",\"machineCode\":\"" + machine
                + "\",\"note\":\"no blanks left\"}").header("X-Forgeline-Terminal", terminal)
                .when().post("/api/execution/andons")
                .then().statusCode(201).body("state", equalTo("OPEN")).body("kind", equalTo("MATERIAL"))
                .extract().path("id");
    }

    private static AndonChanged published(String andon, String step) {
        ConsumerRecord<String, byte[]> record = KafkaProbe.await(TOPIC,
                r -> andon.equals(r.key()) && ("io.forgeline.execution.andon." + step.toLowerCase() + ".v1").equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError(step + " of andon " + andon + " not on " + TOPIC));
        try {
            return AndonChanged.parseFrom(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void raise_acknowledge_and_resolve_are_kept_with_who_when_and_where_and_published() {
        String[] p = place();
        String id = raise(p[0], p[1], "T-ANDON-1");
        jsonAs("planner", "{\"note\":\"on my way\"}").header("X-Forgeline-Terminal", "T-ANDON-2")
                .when().post("/api/execution/andons/" + id + "/acknowledge")
                .then().statusCode(200).body("state", equalTo("ACKNOWLEDGED"));
        jsonAs("operator", "{\"note\":\"blanks staged from rack 4\"}").when().post("/api/execution/andons/" + id + "/resolve")
                .then().statusCode(200).body("state", equalTo("RESOLVED"));

        as("operator").when().get("/api/execution/andons/" + id).then().statusCode(200)
                .body("workCenterCode", equalTo(p[0])).body("machineCode", equalTo(p[1]))
                .body("steps.step", equalTo(List.of("RAISED", "ACKNOWLEDGED", "RESOLVED")))
                .body("steps[0].by", equalTo("operator")).body("steps[0].terminal", equalTo("T-ANDON-1"))
                .body("steps[1].by", equalTo("planner")).body("steps[1].terminal", equalTo("T-ANDON-2"))
                .body("steps[2].note", equalTo("blanks staged from rack 4"));

        AndonChanged raised = published(id, "RAISED");
        assertThat(raised.getKind()).isEqualTo("MATERIAL");
        assertThat(raised.getWorkCenterCode()).isEqualTo(p[0]);
        assertThat(raised.getTerminal()).isEqualTo("T-ANDON-1");
        assertThat(raised.getNotifiedRole()).isEqualTo("planner");
        assertThat(published(id, "ACKNOWLEDGED").getBy()).isEqualTo("planner");
        AndonChanged resolved = published(id, "RESOLVED");
        assertThat(resolved.getState()).isEqualTo("RESOLVED");
        assertThat(resolved.getNote()).isEqualTo("blanks staged from rack 4");
    }

    @Test
    void the_open_list_of_a_work_center_shows_its_unresolved_andons_with_their_age() {
        String[] p = place();
        String open = raise(p[0], p[1], "T-1");
        String done = raise(p[0], p[1], "T-1");
        jsonAs("operator", "{\"note\":\"false alarm\"}").when().post("/api/execution/andons/" + done + "/resolve").then().statusCode(200);

        as("operator").queryParam("workCenter", p[0]).queryParam("open", true).when().get("/api/execution/andons")
                .then().statusCode(200).body("id", equalTo(List.of(open))).body("[0].ageSeconds", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        as("operator").queryParam("workCenter", p[0]).when().get("/api/execution/andons")
                .then().statusCode(200).body("id", hasItem(done));
    }

    @Test
    void illegal_transitions_are_409() {
        String[] p = place();
        String id = raise(p[0], p[1], "T-1");
        as("operator").when().post("/api/execution/andons/" + id + "/acknowledge").then().statusCode(200);
        as("operator").when().post("/api/execution/andons/" + id + "/acknowledge")
                .then().statusCode(409).contentType("application/problem+json");
        jsonAs("operator", "{\"note\":\"done\"}").when().post("/api/execution/andons/" + id + "/resolve").then().statusCode(200);
        jsonAs("operator", "{\"note\":\"done again\"}").when().post("/api/execution/andons/" + id + "/resolve")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void bad_input_is_400_and_a_place_outside_the_plant_model_is_422_each_naming_the_field() {
        String[] p = place();
        String[] other = place();
        jsonAs("operator", "{\"kind\":\"COFFEE\"}").when().post("/api/execution/andons")
                .then().statusCode(400).body("errors.field", equalTo(List.of("/kind", "/workCenterCode")));
        jsonAs("operator", "{\"kind\":\"HELP\",\"workCenterCode\":\"" + code("NOWHERE") + "\"}").when().post("/api/execution/andons")
                .then().statusCode(422).body("errors[0].field", equalTo("/workCenterCode"));
        jsonAs("operator", "{\"kind\":\"HELP\",\"workCenterCode\":\"" + p[0] + "\",\"machineCode\":\"" + other[1] + "\"}")
                .when().post("/api/execution/andons")
                .then().statusCode(422).body("errors[0].field", equalTo("/machineCode"));
        String id = raise(p[0], p[1], "T-1");
        jsonAs("operator", "{\"note\":\" \"}").when().post("/api/execution/andons/" + id + "/resolve")
                .then().statusCode(400).body("errors[0].field", equalTo("/note"));
        as("operator").when().get("/api/execution/andons/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void a_retried_raise_with_the_same_idempotency_key_raises_once() {
        String[] p = place();
        String key = java.util.UUID.randomUUID().toString();
        String body = "{\"kind\":\"HELP\",\"workCenterCode\":\"" + p[0] + "\"}";
        String first = jsonAs("operator", body).header("Idempotency-Key", key).when().post("/api/execution/andons")
                .then().statusCode(201).extract().path("id");
        String again = jsonAs("operator", body).header("Idempotency-Key", key).when().post("/api/execution/andons")
                .then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        as("operator").queryParam("workCenter", p[0]).when().get("/api/execution/andons").then().body("size()", equalTo(1));
    }

    @Test
    void an_unacknowledged_andon_escalates_once_per_rung_and_its_people_hear_by_mail_and_signed_webhook() throws Exception {
        String[] p = place();
        String id = raise(p[0], p[1], "T-1");

        Eventually.within(Duration.ofSeconds(30), () -> as("operator").when().get("/api/execution/andons/" + id)
                .then().extract().<Integer>path("level") == 2, "andon " + id + " escalated twice");
        AndonChanged toPlanner = published(id, "ESCALATED");
        assertThat(toPlanner.getLevel()).isEqualTo(1);
        assertThat(toPlanner.getNotifiedRole()).isEqualTo("planner");

        Thread.sleep(3000); // past the last rung: further checks must not escalate again
        as("operator").when().get("/api/execution/andons/" + id).then()
                .body("level", equalTo(2))
                .body("steps.findAll { it.step == 'ESCALATED' }.role", equalTo(List.of("planner", "admin")));
        long escalatedEvents = KafkaProbe.all(TOPIC).stream().filter(r -> id.equals(r.key()))
                .filter(r -> "io.forgeline.execution.andon.escalated.v1".equals(KafkaProbe.header(r, "ce_type"))).count();
        assertThat(escalatedEvents).isEqualTo(2);

        // the planner's mail: over SMTP, in English and Chinese
        Eventually.within(Duration.ofSeconds(30), () -> Arrays.stream(MAIL.getReceivedMessages())
                .anyMatch(m -> subject(m).contains("escalated to level 1") && subject(m).contains(p[0])), "escalation mail for " + id);
        MimeMessage mail = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> subject(m).contains("escalated to level 1") && subject(m).contains(p[0])).findFirst().orElseThrow();
        assertThat(subject(mail)).contains("已升级");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("shift.lead@plant.example");

        // the planner's webhook: signed with the route's secret over the body it got
        Eventually.within(Duration.ofSeconds(30), () -> RECEIVED.stream().anyMatch(r -> r.path().equals("/planner")
                && r.body().contains(id) && r.body().contains("andon.escalated")), "planner webhook for " + id);
        Received hook = RECEIVED.stream().filter(r -> r.path().equals("/planner") && r.body().contains(id)
                && r.body().contains("andon.escalated")).findFirst().orElseThrow();
        assertThat(hook.signature()).isEqualTo(Signature.of(SECRET, hook.body()));
        assertThat(JsonPath.from(hook.body()).getInt("level")).isEqualTo(1);

        // the admin's webhook refused the first try: the retry got it through
        Eventually.within(Duration.ofSeconds(30), () -> as("admin").queryParam("about", "andon/" + id).queryParam("status", "SENT")
                .when().get("/api/execution/notifications").then().extract().<List<Map<String, Object>>>path("$").stream()
                .anyMatch(n -> "WEBHOOK".equals(n.get("channel")) && "admin".equals(n.get("role"))), "admin webhook sent for " + id);
        as("admin").queryParam("about", "andon/" + id).when().get("/api/execution/notifications").then().statusCode(200)
                .body("findAll { it.channel == 'WEBHOOK' && it.role == 'admin' }[0].attempts", equalTo(2))
                .body("secret", not(hasItem(ADMIN_SECRET)));
        Received flaky = RECEIVED.stream().filter(r -> r.path().equals("/flaky") && r.body().contains(id)).reduce((a, b) -> b).orElseThrow();
        assertThat(flaky.signature()).isEqualTo(Signature.of(ADMIN_SECRET, flaky.body()));
    }

    @Test
    void an_acknowledged_andon_does_not_escalate() throws Exception {
        String[] p = place();
        String id = raise(p[0], p[1], "T-1");
        as("operator").when().post("/api/execution/andons/" + id + "/acknowledge").then().statusCode(200);
        Thread.sleep(3000);
        as("operator").when().get("/api/execution/andons/" + id).then().body("level", equalTo(0));
    }

    @Test
    void routes_are_validated_naming_the_field_and_read_back_without_secrets() {
        jsonAs("admin", "{\"emails\":[\"not an address\"],\"webhooks\":[{\"url\":\"ftp://x\",\"secret\":\"short\"}]}")
                .when().put("/api/execution/notification-routes/planner")
                .then().statusCode(400).body("errors.field", equalTo(List.of("/emails/0", "/webhooks/0/url", "/webhooks/0/secret")));
        jsonAs("admin", "{\"emails\":[]}").when().put("/api/execution/notification-routes/supervisor")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        as("admin").when().get("/api/execution/notification-routes/planner").then().statusCode(200)
                .body("emails", equalTo(List.of("shift.lead@plant.example")))
                .body("webhooks[0].url", org.hamcrest.Matchers.endsWith("/planner"))
                .body("webhooks[0].secret", org.hamcrest.Matchers.nullValue());
        jsonAs("planner", "{\"emails\":[]}").when().put("/api/execution/notification-routes/planner").then().statusCode(403);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
