package io.forgeline.warehouse.layout;

import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Finds bins for the other features; a bin a clerk names must exist and, to take goods, must not be blocked. */
@ApplicationScoped
public class Layout {

    /** The bin of that code, inside the caller's session; 422 naming {@code field} when there is none. */
    public Uni<Bin> bin(String field, String code) {
        return Bin.<Bin>findById(code).onItem().ifNull()
                .failWith(() -> new RuleViolation(field, "there is no bin " + code));
    }

    /**
     * Every bin named exists, checked in one query, inside the caller's session; 422 naming the field of the first that
     * does not ({@code fieldOf} gives a code's field). One query rather than a lookup per line: a stock take of hundreds
     * of lines would otherwise nest hundreds of completed steps on one stack.
     */
    public Uni<Void> requireBins(List<String> codes, IntFunction<String> fieldOf) {
        return Bin.<Bin>list("code in ?1", Set.copyOf(codes)).invoke(found -> {
            Set<String> known = found.stream().map(bin -> bin.code).collect(Collectors.toSet());
            for (int i = 0; i < codes.size(); i++) {
                if (!known.contains(codes.get(i))) {
                    throw new RuleViolation(fieldOf.apply(i), "there is no bin " + codes.get(i));
                }
            }
        }).replaceWithVoid();
    }

    /** A bin goods may be put into: known and not blocked. */
    public Uni<Bin> openBin(String field, String code) {
        return bin(field, code).invoke(bin -> {
            if (bin.blocked) {
                throw new RuleViolation(field, "bin " + code + " is blocked: choose another");
            }
        });
    }

    /** The first open bin of a kind of zone (the dock receives into it), inside the caller's session. */
    public Uni<Bin> firstOf(ZoneKind kind) {
        return Bin.<Bin>find("zone.kind = ?1 and blocked = false order by code", kind).firstResult()
                .onItem().ifNull().failWith(() -> new RuleViolation("the stores have no open " + kind.name().toLowerCase() + " bin"));
    }

    /** The bins of one kind of zone, by code, inside the caller's session. */
    public Uni<List<Bin>> binsOf(ZoneKind kind) {
        return Bin.list("zone.kind = ?1 order by code", kind);
    }

    /** The first open staging bin of a work center, inside the caller's session; 422 when it has none. */
    public Uni<Bin> stagingOf(String workCenter) {
        return Bin.<Bin>find("zone.kind = ?1 and zone.workCenter = ?2 and blocked = false order by code", ZoneKind.STAGING, workCenter)
                .firstResult()
                .onItem().ifNull().failWith(() -> new RuleViolation("work center " + workCenter + " has no open staging bin"));
    }

    /** Every staging bin of a work center (blocked ones too: goods may still lie there), inside the caller's session. */
    public Uni<List<Bin>> stagingBinsOf(String workCenter) {
        return Bin.list("zone.kind = ?1 and zone.workCenter = ?2 order by code", ZoneKind.STAGING, workCenter);
    }

    /** Every bin, by code. */
    public Uni<List<Bin>> bins() {
        return Panache.withSession(() -> Bin.<Bin>list("order by code"));
    }
}
