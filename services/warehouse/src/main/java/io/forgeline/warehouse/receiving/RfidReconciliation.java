package io.forgeline.warehouse.receiving;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.epc.PureIdentity;
import io.forgeline.ident.key.Sscc;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.ident.scan.Scanned;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an RFID portal read at the dock, set against the SSCCs the ASN announced. A portal reports every
 * tag many times and in whatever form it was configured for (24 hex digits, tag URI, pure identity URI);
 * a handheld at the same dock may add GS1-128 label scans. All are read by the factory's one
 * {@link ScanReader}, so a pallet counts once however often and in whichever form it was read.
 *
 * @param received   announced and read, in the order the ASN announced them
 * @param missing    announced but not read, in the order the ASN announced them
 * @param unexpected read, a valid SSCC, but not announced, in the order first read
 * @param unreadable reads that are no SSCC or do not decode, each distinct read once, in the order first read
 */
public record RfidReconciliation(List<Sscc> received, List<Sscc> missing, List<Sscc> unexpected,
        List<Unreadable> unreadable) {

    /** A read that names no pallet, and why, in words a receiving clerk understands. */
    public record Unreadable(String read, String reason) {
    }

    public RfidReconciliation {
        received = List.copyOf(received);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        unreadable = List.copyOf(unreadable);
    }

    /** Reconciles with a reader on the system clock (the clock only places two-digit years of GS1 dates). */
    public static RfidReconciliation of(Collection<Sscc> announced, Collection<String> reads) {
        return of(announced, reads, new ScanReader());
    }

    public static RfidReconciliation of(Collection<Sscc> announced, Collection<String> reads, ScanReader reader) {
        Set<Sscc> read = new LinkedHashSet<>();
        Map<String, Unreadable> unreadable = new LinkedHashMap<>();
        for (String raw : reads) {
            Objects.requireNonNull(raw, "a read");
            if (unreadable.containsKey(raw)) {
                continue;
            }
            Reading reading = readOne(raw, reader);
            reading.sscc().ifPresentOrElse(read::add, () -> unreadable.put(raw, new Unreadable(raw, reading.reason())));
        }
        Set<Sscc> expected = new LinkedHashSet<>(announced);
        List<Sscc> received = new ArrayList<>();
        List<Sscc> missing = new ArrayList<>();
        for (Sscc sscc : expected) {
            (read.contains(sscc) ? received : missing).add(sscc);
        }
        List<Sscc> unexpected = read.stream().filter(sscc -> !expected.contains(sscc)).toList();
        return new RfidReconciliation(received, missing, unexpected, List.copyOf(unreadable.values()));
    }

    /** Whether every announced pallet arrived and nothing else was read. */
    public boolean complete() {
        return missing.isEmpty() && unexpected.isEmpty() && unreadable.isEmpty();
    }

    private record Reading(Optional<Sscc> sscc, String reason) {
    }

    private static Reading readOne(String raw, ScanReader reader) {
        Scanned scanned;
        try {
            scanned = reader.read(raw);
        } catch (InvalidCode refusal) {
            return new Reading(Optional.empty(), refusal.getMessage());
        }
        Optional<Sscc> sscc = scanned.sscc();
        if (sscc.isPresent()) {
            return new Reading(sscc, null);
        }
        return new Reading(Optional.empty(), switch (scanned) {
            case Scanned.Epc epc -> "the tag carries " + name(epc.identity()) + ", not an SSCC";
            case Scanned.Gs1 gs1 -> "the GS1 data " + gs1.elements().bracketed() + " holds no SSCC";
            case Scanned.Plain plain -> "neither an EPC nor GS1 data, so no SSCC";
        });
    }

    private static String name(PureIdentity identity) {
        String scheme = identity.scheme().identityName().toUpperCase(Locale.ROOT);
        // SGTIN and SGLN are spoken with a leading "ess", GRAI and GIAI with a "g"
        return (scheme.startsWith("S") ? "an " : "a ") + scheme + " (" + identity.uri() + ")";
    }
}
