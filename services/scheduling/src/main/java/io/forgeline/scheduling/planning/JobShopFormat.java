package io.forgeline.scheduling.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the standard benchmark formats into a plant: job-shop {@code .txt} ({@code jobs machines}, then per job
 * {@code machine time} pairs, machines from 0) and flexible job-shop {@code .fjs} ({@code jobs machines [avg]},
 * then per job the number of operations and per operation {@code k} followed by k {@code machine time} pairs,
 * machines from 1). Job j becomes production order {@code J<j>} with operations {@code J<j>-<k>}; machine i
 * (from 0) becomes {@code M<i>}, always open, no setups, no due dates.
 */
public final class JobShopFormat {
    private JobShopFormat() {}

    public static Plant read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file);
        return name.endsWith(".fjs") ? parseFlexible(text) : parseJobShop(text);
    }

    public static String instanceName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static String machine(int index) {
        return "M" + index;
    }

    public static Plant parseJobShop(String text) {
        Numbers in = new Numbers(text);
        int jobs = in.nextInt("number of jobs");
        int machines = in.nextInt("number of machines");
        List<Order> orders = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            List<Operation> ops = new ArrayList<>();
            for (int k = 0; k < machines; k++) {
                int machine = in.nextInt("machine of job " + j + " operation " + k);
                long time = in.nextInt("time of job " + j + " operation " + k);
                checkMachine(machine, machines, j, k);
                ops.add(Operation.on("J" + j + "-" + k, machine(machine), time));
            }
            orders.add(Order.of("J" + j, ops));
        }
        return new Plant(machineList(machines), orders);
    }

    public static Plant parseFlexible(String text) {
        Numbers in = new Numbers(text);
        int jobs = in.nextInt("number of jobs");
        int machines = in.nextInt("number of machines");
        in.skipRestOfLine();
        List<Order> orders = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            int count = in.nextInt("number of operations of job " + j);
            List<Operation> ops = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                int alternatives = in.nextInt("machines of job " + j + " operation " + k);
                List<MachineOption> options = new ArrayList<>();
                for (int a = 0; a < alternatives; a++) {
                    int machine = in.nextInt("machine of job " + j + " operation " + k) - 1;
                    long time = in.nextInt("time of job " + j + " operation " + k);
                    checkMachine(machine, machines, j, k);
                    options.add(new MachineOption(machine(machine), time));
                }
                ops.add(new Operation("J" + j + "-" + k, options, null, 0, true));
            }
            orders.add(Order.of("J" + j, ops));
        }
        return new Plant(machineList(machines), orders);
    }

    private static void checkMachine(int machine, int machines, int job, int op) {
        if (machine < 0 || machine >= machines) {
            throw new IllegalArgumentException("job " + job + " operation " + op + " names machine " + machine
                    + " (counted from 0), but the file declares " + machines + " machines");
        }
    }

    private static List<Machine> machineList(int count) {
        List<Machine> list = new ArrayList<>();
        for (int i = 0; i < count; i++) list.add(Machine.alwaysOpen(machine(i)));
        return list;
    }

    /** Whitespace-separated integers, with line awareness for the optional third header number. */
    private static final class Numbers {
        private final String[] lines;
        private int line;
        private String[] tokens = new String[0];
        private int token;

        Numbers(String text) {
            lines = text.split("\\R");
        }

        int nextInt(String what) {
            while (token >= tokens.length) {
                if (line >= lines.length) {
                    throw new IllegalArgumentException("the file ends where the " + what + " should be");
                }
                String l = lines[line++].trim();
                tokens = l.isEmpty() ? new String[0] : l.split("\\s+");
                token = 0;
            }
            String t = tokens[token++];
            try {
                return (int) Double.parseDouble(t) == Double.parseDouble(t) ? (int) Double.parseDouble(t) : fail(what, t);
            } catch (NumberFormatException e) {
                return fail(what, t);
            }
        }

        private static int fail(String what, String t) {
            throw new IllegalArgumentException("expected the " + what + " as a whole number, found '" + t + "'");
        }

        void skipRestOfLine() {
            token = tokens.length;
        }
    }
}
