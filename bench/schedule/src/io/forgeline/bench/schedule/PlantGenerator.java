package io.forgeline.bench.schedule;

import io.forgeline.scheduling.planning.Machine;
import io.forgeline.scheduling.planning.MachineOption;
import io.forgeline.scheduling.planning.Operation;
import io.forgeline.scheduling.planning.Order;
import io.forgeline.scheduling.planning.Plant;
import io.forgeline.scheduling.planning.SetupMatrix;
import io.forgeline.scheduling.planning.ShiftCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic plant: machines in work centers of five, two shifts Monday to Friday (06:00–14:00 and
 * 14:00–22:00, each with a 30-minute break), a routing per order that visits work centers in a product
 * family's order, 1–3 eligible machines per operation with machine-specific run times, six product families
 * with sequence-dependent setups, releases over the first week, due dates with some slack, some material
 * arriving late, and one operation in five that may not pause at a break. Times in minutes from Monday 00:00.
 */
final class PlantGenerator {
    private PlantGenerator() {}

    static Plant generate(int orders, int opsPerOrder, int machineCount, long seed) {
        Random r = new Random(seed);
        long day = 24 * 60;
        List<ShiftCalendar.Window> windows = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            long base = d * day;
            windows.add(new ShiftCalendar.Window(base + 6 * 60, base + 10 * 60));
            windows.add(new ShiftCalendar.Window(base + 10 * 60 + 30, base + 18 * 60));
            windows.add(new ShiftCalendar.Window(base + 18 * 60 + 30, base + 22 * 60));
        }
        ShiftCalendar twoShifts = ShiftCalendar.repeating(7 * day, windows);
        List<Machine> machines = new ArrayList<>();
        for (int k = 0; k < machineCount; k++) machines.add(new Machine("WC" + (k / 5 + 1) + "-M" + (k % 5 + 1), twoShifts));
        int workCenters = (machineCount + 4) / 5;
        String[] families = {"A", "B", "C", "D", "E", "F"};
        SetupMatrix setups = SetupMatrix.none();
        for (String from : families) {
            setups.initial(from, 15);
            for (String to : families) {
                if (!from.equals(to)) setups.changeover(from, to, 10 + r.nextInt(36));
            }
        }
        List<Order> list = new ArrayList<>();
        for (int j = 0; j < orders; j++) {
            String family = families[r.nextInt(families.length)];
            long release = r.nextInt(5) * day + 6 * 60;
            List<Operation> ops = new ArrayList<>();
            long work = 0;
            int wc = r.nextInt(workCenters);
            for (int k = 0; k < opsPerOrder; k++) {
                wc = (wc + 1 + r.nextInt(2)) % workCenters;
                int first = wc * 5;
                int inCenter = Math.min(5, machineCount - first);
                int eligible = 1 + r.nextInt(Math.min(3, inCenter));
                int offset = r.nextInt(inCenter);
                long base = 20 + r.nextInt(101);
                List<MachineOption> options = new ArrayList<>();
                for (int e = 0; e < eligible; e++) {
                    int machine = first + (offset + e) % inCenter;
                    options.add(new MachineOption(machines.get(machine).code(), Math.round(base * (0.85 + 0.3 * r.nextDouble()))));
                }
                work += base;
                long material = k == 0 && r.nextInt(10) == 0 ? release + day * (1 + r.nextInt(3)) : 0;
                ops.add(new Operation("MO-" + (j + 1) + "-" + (k + 1) * 10, options, family, material, r.nextInt(5) != 0));
            }
            long due = release + (2 + r.nextInt(8)) * day + work;
            list.add(new Order(String.format("MO-%06d", j + 1), release, due, 1 + r.nextInt(3), ops));
        }
        return new Plant(machines, list, setups);
    }
}
