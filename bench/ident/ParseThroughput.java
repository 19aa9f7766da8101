import io.forgeline.ident.digitallink.DigitalLinkParser;
import io.forgeline.ident.epc.EpcBinary;
import io.forgeline.ident.epc.EpcTag;
import io.forgeline.ident.epc.SgtinIdentity;
import io.forgeline.ident.gs1.ElementStringParser;
import io.forgeline.ident.key.CheckDigit;
import io.forgeline.ident.key.Gtin;
import java.util.Arrays;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * How many scans one thread reads per second: simple GS1-128 labels ((01) GTIN, (17) expiry, (10) lot,
 * with symbology identifier), Digital Links and SGTIN-96 hex. A plain benchmark, not JMH: warm-up
 * rounds let the JIT settle, then timed rounds; the median round is reported. The inputs are 4096
 * distinct random labels so no single string's branch pattern is learnt.
 *
 * Run: bin/forgeline bench ident [seconds per measured round, default 1]
 */
public class ParseThroughput {

    private static final int LABELS = 4096;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 7;

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Random random = new Random(20260101L);
        String[] gs1128 = new String[LABELS];
        String[] links = new String[LABELS];
        String[] tags = new String[LABELS];
        for (int i = 0; i < LABELS; i++) {
            String gtin = CheckDigit.append(String.format("%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L)));
            String expiry = String.format("%02d%02d%02d", 25 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String lot = (char) ('A' + random.nextInt(26)) + String.format("%05d", random.nextInt(100_000));
            gs1128[i] = "]C101" + gtin + "17" + expiry + "10" + lot;
            links[i] = "https://id.gs1.org/01/" + gtin + "/10/" + lot + "?17=" + expiry;
            tags[i] = EpcTag.of(SgtinIdentity.of(new Gtin(gtin), Long.toString(random.nextLong(1L << 38)), 7), 1).hex();
        }
        ElementStringParser parser = new ElementStringParser();
        DigitalLinkParser linkParser = new DigitalLinkParser();
        report("gs1-128 parse", gs1128, text -> parser.parse(text).elements().size(), seconds);
        report("digital link parse", links, text -> linkParser.parse(text).elements().size(), seconds);
        report("sgtin-96 hex decode", tags, text -> EpcBinary.decode(text).filter(), seconds);
    }

    private static void report(String name, String[] inputs, ToIntFunction<String> read, double seconds) {
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            sink += timedRound(inputs, read, seconds / 2)[1];
        }
        double[] rates = new double[MEASURED_ROUNDS];
        long iterations = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long[] result = timedRound(inputs, read, seconds);
            rates[round] = result[0] / (result[2] / 1e9);
            iterations += result[0];
            sink += result[1];
        }
        Arrays.sort(rates);
        System.out.printf("%s: %,.0f strings/s (single thread, %,d iterations; rounds %,.0f..%,.0f)%s%n", name,
                rates[MEASURED_ROUNDS / 2], iterations, rates[0], rates[MEASURED_ROUNDS - 1], sink == 42 ? " " : "");
    }

    /** [strings read, checksum of results so the JIT cannot drop the work, nanoseconds taken]. */
    private static long[] timedRound(String[] inputs, ToIntFunction<String> read, double seconds) {
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        long sink = 0;
        long elapsed;
        do {
            for (String input : inputs) {
                sink += read.applyAsInt(input);
            }
            count += inputs.length;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        return new long[] {count, sink, elapsed};
    }
}
