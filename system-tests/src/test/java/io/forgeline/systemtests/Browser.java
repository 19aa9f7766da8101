package io.forgeline.systemtests;

import io.forgeline.testing.LocalStack;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine's own packages (Debian {@code chromium} and {@code chromium-driver}),
 * named explicitly so Selenium Manager never looks for, let alone downloads, a browser or a driver.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(env("FORGELINE_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("FORGELINE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;

    private Browser() {
    }

    static ChromeDriver start() {
        return start(WIDTH, HEIGHT);
    }

    /**
     * A browser whose page is {@code width} × {@code height} CSS pixels. Chromium keeps desktop windows at least 500
     * pixels wide, so a handheld's screen (360 × 640) is emulated as a phone's (DevTools' device metrics, touch
     * included) rather than asked of the window.
     */
    static ChromeDriver start(int width, int height) {
        for (Path executable : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing: apt-get install chromium chromium-driver"
                        + " (or point FORGELINE_CHROMIUM / FORGELINE_CHROMEDRIVER at them)");
            }
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--window-size=" + WIDTH + "," + HEIGHT,
                        "--force-device-scale-factor=1", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(LocalStack.projectRoot().resolve("system-tests/target/processes/chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (width != WIDTH || height != HEIGHT) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
        }
        return driver;
    }

    static BufferedImage screenshot(ChromeDriver driver, Path keepAt) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(keepAt.getParent());
        Files.write(keepAt, png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The share of pixels in the area that are clearly coloured: saturated and neither near black nor white. */
    static double saturatedShare(BufferedImage image, Rectangle area) {
        Rectangle inside = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        long saturated = 0;
        for (int y = inside.y; y < inside.y + inside.height; y++) {
            for (int x = inside.x; x < inside.x + inside.width; x++) {
                if (isSaturated(image.getRGB(x, y))) {
                    saturated++;
                }
            }
        }
        return inside.isEmpty() ? 0 : (double) saturated / ((long) inside.width * inside.height);
    }

    static boolean isSaturated(int rgb) {
        float[] hsb = hsb(rgb);
        return hsb[1] > 0.45f && hsb[2] > 0.25f;
    }

    /** Hue in degrees, saturation and brightness 0–1. */
    static float[] hsb(int rgb) {
        Color c = new Color(rgb);
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        hsb[0] *= 360f;
        return hsb;
    }

    /** The hue the planner's gantt.js gives an order: FNV-1a of its key, into 30–329° (no reds). */
    static int orderHue(String key) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return 30 + (int) (Integer.toUnsignedLong(hash) % 300);
    }

    static double hueDistance(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
