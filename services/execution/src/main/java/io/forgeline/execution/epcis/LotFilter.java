package io.forgeline.execution.epcis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lots a query's class filters name, whichever form of class URI names them (LGTIN, Digital Link, private URN):
 * {@code any} from MATCH_anyEPCClass (any list of an event), {@code counted} from MATCH_epcClass (its quantity list or
 * child quantity list). Empty where the filter is not given; an empty set where it names no lot this plant holds.
 */
record LotFilter(Optional<Set<LotRef>> any, Optional<Set<LotRef>> counted) {

    static final LotFilter NONE = new LotFilter(Optional.empty(), Optional.empty());

    boolean given() {
        return any.isPresent() || counted.isPresent();
    }

    /** Whether no event can pass: a filter is given that names no lot at all. */
    boolean excludesAll() {
        return any.map(Set::isEmpty).orElse(false) || counted.map(Set::isEmpty).orElse(false);
    }

    /** The lots a source may read to find the events that pass: every lot either filter names. */
    Optional<List<LotRef>> toRead() {
        if (!given()) {
            return Optional.empty();
        }
        List<LotRef> lots = new ArrayList<>(any.orElse(Set.of()));
        counted.ifPresent(lots::addAll);
        return Optional.of(List.copyOf(new java.util.LinkedHashSet<>(lots)));
    }

    boolean passes(EpcisEvent event) {
        return any.map(lots -> !Collections.disjoint(lots, event.anyLots())).orElse(true)
                && counted.map(lots -> !Collections.disjoint(lots, event.countedLots())).orElse(true);
    }
}
