package io.forgeline.scheduling.planning;

import java.util.ArrayList;
import java.util.List;

/** Turns the solver's sequences into a {@link Schedule} of the plant's own names and times. */
final class Schedules {
    private Schedules() {}

    static Schedule of(Shop shop, Sequences sequences) {
        Timetable tt = new Timetable(shop);
        tt.decode(sequences.seq, sequences.len);
        boolean[] placed = new boolean[shop.n];
        for (int k = 0; k < shop.m; k++) for (int i = 0; i < sequences.len[k]; i++) placed[sequences.seq[k][i]] = true;
        List<ScheduledOperation> out = new ArrayList<>(shop.n);
        for (int o = 0; o < shop.n; o++) {
            if (!placed[o]) continue;
            int j = shop.orderOf[o];
            out.add(new ScheduledOperation(shop.plant.orders().get(j).number(), j, shop.operationId[o], shop.positionOf[o],
                    shop.machineCode[tt.machineOf[o]], tt.setupStart[o], tt.start[o], tt.end[o]));
        }
        return new Schedule(out, tt.objectives());
    }
}
