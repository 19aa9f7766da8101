package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static io.forgeline.systemtests.Plant.order;
import static io.forgeline.systemtests.Plant.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.forgeline.testing.LocalStack;
import io.restassured.path.json.JsonPath;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planner page in headless Chromium, through the gateway of the running suite: a real sign-in at
 * Keycloak, a real solve with live progress, the Gantt chart on screen, a machine-down what-if, publishing.
 * The steps build on each other the way a planner's morning does, so they run in order on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlannerPageTest {

    private static final Path SCREENSHOTS = LocalStack.projectRoot().resolve("system-tests/target/screenshots");
    private static final Set<String> RUNNING = Set.of("REQUESTED", "SOLVING");

    private ChromeDriver browser;
    private final List<String> orderIds = new ArrayList<>();
    private final List<String> orderNumbers = new ArrayList<>();
    private String lateOrderId;
    private String lateOrderNumber;
    private String solvedId;

    @BeforeAll
    void releaseOrdersAndOpenTheBrowser() {
        for (String quantity : List.of("6", "9")) {
            keep(release(as("planner"), order("GEARBOX-A", quantity)).then().statusCode(201).extract().jsonPath());
        }
        // due in two hours with a day's work: late whatever the solver does
        String due = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonPath late = release(as("planner"), "{\"itemCode\":\"GEARBOX-A\",\"quantity\":\"80\",\"dueDate\":\"" + due + "\"}")
                .then().statusCode(201).extract().jsonPath();
        keep(late);
        lateOrderId = late.getString("id");
        lateOrderNumber = late.getString("number");
        // another product family on the same lathes: changeovers the chart draws as setups, when the solver needs them
        keep(release(as("planner"), order("SHAFT-01", "40")).then().statusCode(201).extract().jsonPath());
        browser = Browser.start();
    }

    private void keep(JsonPath order) {
        orderIds.add(order.getString("id"));
        orderNumbers.add(order.getString("number"));
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void a_planner_signs_in_at_keycloak_and_sees_the_released_orders() {
        browser.get(Suite.get().gateway() + "/planner.html");

        waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().startsWith(LocalStack.keycloakUrl()), "the Keycloak sign-in form");
        browser.findElement(By.id("username")).sendKeys("planner");
        browser.findElement(By.id("password")).sendKeys("planner");
        browser.findElement(By.id("kc-login")).click();

        waitFor(Duration.ofSeconds(20), d -> d.findElement(By.id("app")).isDisplayed(), "the planner page after sign-in");
        assertThat(browser.getCurrentUrl()).isEqualTo(Suite.get().gateway() + "/planner.html");
        assertThat(text("user")).isEqualTo("planner");
        waitFor(Duration.ofSeconds(10), d -> orderNumbers.stream().allMatch(n -> !d.findElements(orderRow(n)).isEmpty()),
                "rows for " + orderNumbers);
        WebElement row = browser.findElement(orderRow(orderNumbers.get(1)));
        assertThat(row.getText()).contains("GEARBOX-A").contains("9 PCE").contains("RELEASED");
        assertThat(sessionToken()).as("the access token is kept in sessionStorage").isNotBlank();
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing sticks out sideways at " + Browser.WIDTH + "x" + Browser.HEIGHT).isEqualTo(true);
    }

    @Test
    @Order(2)
    void solve_shows_live_score_and_elapsed_time_then_one_bar_per_operation() {
        WebElement limit = browser.findElement(By.id("time-limit"));
        limit.clear();
        limit.sendKeys("4");
        // keyboard only: Tab from the time limit reaches Solve, Enter presses it
        limit.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("solve");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        List<Map<String, String>> seenWhileSolving = new ArrayList<>();
        waitFor(Duration.ofSeconds(60), d -> {
            String status = text("schedule-status");
            if (RUNNING.contains(status)) {
                seenWhileSolving.add(Map.of("score", text("progress-score"), "elapsed", text("progress-elapsed"),
                        "events", text("progress-events"), "clock", text("progress-clock")));
            }
            return "SOLVED".equals(status) && d.findElement(By.id("publish")).isEnabled();
        }, "the solve to finish");

        List<Map<String, String>> withProgress = seenWhileSolving.stream().filter(s -> !"0".equals(s.get("events"))).toList();
        assertThat(withProgress).as("progress events shown while the solve still ran (streamed, not buffered)").isNotEmpty();
        assertThat(withProgress.getLast().get("score")).matches("hard \\d+ · stability \\d+ · tardiness \\d+ · makespan .+ · setups .+");
        assertThat(withProgress.getLast().get("elapsed")).matches("\\d+\\.\\d s");
        assertThat(seenWhileSolving.stream().map(s -> s.get("clock")).collect(Collectors.toSet()))
                .as("the running time ticks").hasSizeGreaterThan(3);

        // every improvement the server streamed reached the page, the last one on top (how many there are is the
        // solver's business: a small plant may be at its best within the first milliseconds)
        solvedId = browser.findElement(By.id("gantt")).getAttribute("data-schedule-id");
        List<JsonPath> improvements = improvementsStreamed(solvedId);
        assertThat(improvements).isNotEmpty();
        assertThat(text("progress-events")).as("improvements shown").isEqualTo(String.valueOf(improvements.size()));
        JsonPath last = improvements.getLast();
        assertThat(Double.parseDouble(text("progress-elapsed").replace(" s", ""))).as("best found after, in seconds")
                .isCloseTo(last.getLong("elapsedMs") / 1000.0, offset(0.051));
        assertThat(text("progress-score")).contains("tardiness " + last.getLong("score.weightedTardiness") + " ");
        JsonPath view = schedule(solvedId);
        assertThat(view.getString("status")).isEqualTo("SOLVED");
        List<WebElement> bars = browser.findElements(By.cssSelector("#gantt-chart svg g.op rect.bar"));
        assertThat(bars).as("one bar per operation").hasSize(view.getList("operations").size());
        assertThat(barOrders()).containsAll(orderIds);
        assertThat(browser.findElements(By.cssSelector("#gantt-labels .machine"))).hasSize(view.getList("machines").size());
        assertThat(browser.findElements(By.cssSelector("#gantt-chart svg rect.closed-period"))).as("closed periods shaded").isNotEmpty();
        long setups = view.<Map<String, Object>>getList("operations").stream()
                .filter(op -> op.get("setupStart") != null && Instant.parse((String) op.get("setupStart")).isBefore(Instant.parse((String) op.get("start"))))
                .count();
        assertThat(browser.findElements(By.cssSelector("#gantt-chart svg g.op rect.setup"))).as("a hatched setup per changeover").hasSize((int) setups);
    }

    @Test
    @Order(3)
    void late_orders_are_outlined_in_red_and_badged_in_the_order_list() {
        List<WebElement> lateBars = browser.findElements(By.cssSelector("#gantt-chart svg g.op[data-order-id='" + lateOrderId + "'] rect.bar"));
        assertThat(lateBars).isNotEmpty();
        assertThat(lateBars.getLast().getAttribute("stroke")).isEqualTo("#c62828");
        assertThat(browser.findElement(orderRow(lateOrderNumber)).findElement(By.cssSelector(".lateness")).getText()).isEqualTo("Late");
        assertThat(browser.findElement(orderRow(orderNumbers.get(0))).findElement(By.cssSelector(".planned-end")).getText()).isNotEqualTo("–");
    }

    @Test
    @Order(4)
    void the_screenshot_shows_bars_in_each_orders_colour_where_the_chart_says_they_are() throws Exception {
        script("document.getElementById('gantt').scrollIntoView({block: 'start'})");
        Rectangle chart = viewportRect(browser.findElement(By.cssSelector("#gantt-chart svg")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars = (List<Map<String, Object>>) script("""
                const visible = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
                return [...document.querySelectorAll('#gantt-chart svg g.op')].map(g => {
                  const r = g.querySelector('rect.bar').getBoundingClientRect();
                  return {order: g.dataset.orderId, x: r.x, y: r.y, width: r.width, height: r.height};
                });""");
        BufferedImage screen = Browser.screenshot(browser, SCREENSHOTS.resolve("planner-solved.png"));

        double barArea = bars.stream().mapToDouble(b -> {
            Rectangle r = new Rectangle((int) num(b, "x"), (int) num(b, "y"), (int) num(b, "width"), (int) num(b, "height"))
                    .intersection(chart);
            return r.isEmpty() ? 0 : (double) r.width * r.height;
        }).sum();
        double expected = barArea / ((double) chart.width * chart.height);
        double share = Browser.saturatedShare(screen, chart);
        assertThat(expected).as("bars cover part of the visible chart").isGreaterThan(0.01);
        assertThat(share).as("coloured pixels in the chart, bars covering " + expected).isGreaterThan(expected * 0.6).isLessThan(expected * 1.5 + 0.02);

        // a point just inside the top of each bar wide enough to sample is painted in its order's hue
        int sampled = 0;
        for (Map<String, Object> bar : bars) {
            int x = (int) (num(bar, "x") + num(bar, "width") / 2);
            int y = (int) num(bar, "y") + 3;
            if (num(bar, "width") < 6 || !chart.contains(x, y)) {
                continue;
            }
            float[] hsb = Browser.hsb(screen.getRGB(x, y));
            assertThat(Browser.isSaturated(screen.getRGB(x, y))).as("pixel at %d,%d of a bar of %s", x, y, bar.get("order")).isTrue();
            assertThat(Browser.hueDistance(hsb[0], Browser.orderHue((String) bar.get("order"))))
                    .as("hue at %d,%d for %s", x, y, bar.get("order")).isLessThan(12.0);
            sampled++;
        }
        assertThat(sampled).isGreaterThan(0);
    }

    @Test
    @Order(5)
    void publishing_makes_the_solved_schedule_the_current_one() {
        browser.findElement(By.id("publish")).click();

        waitFor(Duration.ofSeconds(20), d -> "PUBLISHED".equals(text("schedule-status")), "the schedule published");
        assertThat(as("planner").when().get("/api/scheduling/schedules/current").then().statusCode(200).extract().<String>path("id"))
                .isEqualTo(solvedId);
        waitFor(Duration.ofSeconds(10), d -> d.findElement(orderRow(orderNumbers.get(0))).getText().contains("SCHEDULED"),
                orderNumbers.get(0) + " SCHEDULED in the order list");
    }

    @Test
    @Order(6)
    void a_machine_down_what_if_shows_a_draft_with_nothing_on_that_machine_after_the_breakdown() throws Exception {
        String published = browser.findElement(By.id("gantt")).getAttribute("data-schedule-id");
        // the busiest machine that has a sibling in its work center, so its work has somewhere else to go
        Map<String, List<String>> byWorkCenter = schedule(published).<Map<String, String>>getList("machines").stream()
                .collect(Collectors.groupingBy(m -> m.get("workCenterCode"), Collectors.mapping(m -> m.get("code"), Collectors.toList())));
        Set<String> replaceable = byWorkCenter.values().stream().filter(codes -> codes.size() > 1).flatMap(List::stream).collect(Collectors.toSet());
        String machine = browser.findElements(By.cssSelector("#gantt-chart svg g.op")).stream()
                .map(g -> g.getAttribute("data-machine")).filter(replaceable::contains)
                .collect(Collectors.groupingBy(m -> m, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow(() -> new AssertionError("no operation on a machine with a sibling among " + byWorkCenter)).getKey();

        browser.findElement(By.cssSelector("button.simulate-down[data-machine='" + machine + "']")).click();

        waitFor(Duration.ofSeconds(60), d -> {
            WebElement gantt = d.findElement(By.id("gantt"));
            return !published.equals(gantt.getAttribute("data-schedule-id")) && "SOLVED".equals(gantt.getAttribute("data-status"))
                    && !d.findElement(By.id("stop")).isEnabled();
        }, "the what-if draft solved");
        String draftId = browser.findElement(By.id("gantt")).getAttribute("data-schedule-id");
        JsonPath draft = schedule(draftId);
        assertThat(browser.findElements(By.cssSelector("#gantt-chart svg g.op rect.bar"))).hasSize(draft.getList("operations").size());
        List<WebElement> breakdowns = browser.findElements(By.cssSelector(
                "#gantt-chart svg rect.closed-period[data-machine='" + machine + "'][data-kind='BREAKDOWN']"));
        assertThat(breakdowns).as("the breakdown shaded on " + machine).isNotEmpty();
        Instant down = breakdowns.stream().map(r -> Instant.parse(r.getAttribute("data-from"))).min(Comparator.naturalOrder()).orElseThrow();
        // started operations stay where they are (pinned); nothing else may be left on the broken machine
        List<String> after = browser.findElements(By.cssSelector("#gantt-chart svg g.op[data-machine='" + machine + "']:not(.pinned)")).stream()
                .filter(g -> Instant.parse(g.getAttribute("data-end")).isAfter(down))
                .map(g -> g.getAttribute("data-order") + "/" + g.getAttribute("data-sequence"))
                .toList();
        assertThat(after).as("operations on " + machine + " after it went down at " + down).isEmpty();
        assertThat(barOrders()).containsAll(orderIds);
        assertThat(text("schedule-caption")).contains("draft");
        Browser.screenshot(browser, SCREENSHOTS.resolve("planner-what-if.png"));
        assertThat(as("planner").when().get("/api/scheduling/schedules/current").then().extract().<String>path("id"))
                .as("a what-if is not published by itself").isEqualTo(published);

        browser.findElement(By.id("publish")).click();

        waitFor(Duration.ofSeconds(20), d -> "PUBLISHED".equals(text("schedule-status")), "the draft published");
        assertThat(as("planner").when().get("/api/scheduling/schedules/current").then().extract().<String>path("id")).isEqualTo(draftId);
    }

    @Test
    @Order(7)
    void stop_ends_a_long_solve_early_and_keeps_the_best_schedule_found_so_far() {
        WebElement limit = browser.findElement(By.id("time-limit"));
        limit.clear();
        limit.sendKeys("120");
        browser.findElement(By.id("solve")).click();
        waitFor(Duration.ofSeconds(30), d -> !"0".equals(text("progress-events")), "the first improvement");
        long began = System.nanoTime();

        browser.findElement(By.id("stop")).click();

        waitFor(Duration.ofSeconds(30), d -> "SOLVED".equals(text("schedule-status")) && d.findElement(By.id("publish")).isEnabled(),
                "the stopped solve settled");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(60));
        JsonPath view = schedule(browser.findElement(By.id("gantt")).getAttribute("data-schedule-id"));
        assertThat(view.getString("status")).isEqualTo("SOLVED");
        assertThat(view.getList("operations")).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#gantt-chart svg g.op rect.bar"))).hasSize(view.getList("operations").size());
    }

    @Test
    @Order(8)
    void an_expired_access_token_is_refreshed_and_a_dead_session_signs_in_again() {
        String first = sessionToken();
        script("const s = JSON.parse(sessionStorage.getItem('forgeline.oidc.session')); s.expiresAt = 0;"
                + " sessionStorage.setItem('forgeline.oidc.session', JSON.stringify(s));");
        browser.navigate().refresh();
        waitFor(Duration.ofSeconds(20), d -> d.findElement(By.id("app")).isDisplayed(), "the page after a refresh");
        String refreshed = sessionToken();
        assertThat(refreshed).isNotEqualTo(first);
        assertThat(browser.getCurrentUrl()).isEqualTo(Suite.get().gateway() + "/planner.html");

        // a refresh token Keycloak refuses: back through Keycloak, whose session signs the planner in again
        script("const s = JSON.parse(sessionStorage.getItem('forgeline.oidc.session')); s.expiresAt = 0; s.refreshToken = 'spoiled';"
                + " sessionStorage.setItem('forgeline.oidc.session', JSON.stringify(s));");
        browser.navigate().refresh();
        waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().equals(Suite.get().gateway() + "/planner.html")
                && d.findElement(By.id("app")).isDisplayed(), "the page after signing in again");
        assertThat(sessionToken()).isNotEqualTo(refreshed);
        assertThat(text("user")).isEqualTo("planner");
    }

    @Test
    @Order(9)
    void in_chinese_the_planner_speaks_chinese_and_a_reload_keeps_it() throws Exception {
        browser.findElement(By.cssSelector(".language-control button[data-language='zh-CN']")).click();

        waitFor(Duration.ofSeconds(5), d -> "zh-CN".equals(script("return document.documentElement.lang")), "the page in Chinese");
        assertThat(text("solve")).isEqualTo("开始排程");
        assertThat(text("orders-heading")).isEqualTo("生产订单");
        assertThat(browser.findElement(orderRow(orderNumbers.get(0))).getText()).contains("已排程");
        assertThat(text("progress-score")).startsWith("硬约束 ");

        browser.navigate().refresh();

        waitFor(Duration.ofSeconds(20), d -> d.findElement(By.id("app")).isDisplayed(), "the page after a reload");
        assertThat(text("gantt-heading")).isEqualTo("按机台排程");
        assertThat(text("publish")).isEqualTo("发布");
        waitFor(Duration.ofSeconds(10), d -> !d.findElements(By.cssSelector("#gantt-chart svg g.op")).isEmpty(), "the chart in Chinese");
        assertThat(script("return window.Forgeline.i18n.missing()")).asList().isEmpty();
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        Browser.screenshot(browser, SCREENSHOTS.resolve("planner-zh.png"));
    }

    private static By orderRow(String number) {
        return By.cssSelector("#orders tbody tr[data-order='" + number + "']");
    }

    private Set<String> barOrders() {
        return browser.findElements(By.cssSelector("#gantt-chart svg g.op")).stream()
                .map(g -> g.getAttribute("data-order-id")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The progress events the server has for a finished solve: its stream replays them and ends. */
    private static List<JsonPath> improvementsStreamed(String id) {
        String stream = as("planner").accept("text/event-stream").when().get("/api/scheduling/schedules/" + id + "/progress")
                .then().statusCode(200).extract().asString();
        List<JsonPath> improvements = new ArrayList<>();
        String event = "";
        for (String line : stream.split("\\R")) {
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:") && event.equals("progress")) {
                improvements.add(new JsonPath(line.substring(5).trim()));
            }
        }
        return improvements;
    }

    private static JsonPath schedule(String id) {
        return as("planner").when().get("/api/scheduling/schedules/" + id).then().statusCode(200).extract().jsonPath();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private String sessionToken() {
        return (String) script("const s = JSON.parse(sessionStorage.getItem('forgeline.oidc.session') || 'null'); return s && s.accessToken;");
    }

    private Object script(String js) {
        return browser.executeScript(js);
    }

    private Rectangle viewportRect(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height};", element);
        Rectangle rect = new Rectangle((int) Math.ceil(num(r, "x")), (int) Math.ceil(num(r, "y")), (int) num(r, "width"), (int) num(r, "height"));
        return rect.intersection(new Rectangle(0, 0, Browser.WIDTH, Browser.HEIGHT));
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private void waitFor(Duration limit, Function<ChromeDriver, Boolean> condition, String what) {
        // while a page navigates (refresh, redirect through Keycloak) an element found a moment ago may vanish:
        // that is a reason to look again, not a failure
        new WebDriverWait(browser, limit, Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .withMessage(() -> what + " (at " + browser.getCurrentUrl() + ", page said: " + pageMessage() + ")")
                .until(d -> condition.apply((ChromeDriver) d));
    }

    private String pageMessage() {
        return browser.findElements(By.cssSelector("#message, #signing-in")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).collect(Collectors.joining(" / "));
    }
}
