package io.forgeline.simulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code bin/forgeline simulate machines}; {@link #USAGE} is what {@code --help} prints. */
record SimulatorOptions(String host, int port, String path, List<MachineProfile> machines, double speed,
                        SimulatedMachine.Behaviour behaviour, long seed, Duration duration, Duration sampling) {

    static final String USAGE = """
            usage: bin/forgeline simulate machines [options]

            An OPC UA server (opc.tcp, security None, anonymous) whose machines behave like the demo plant's: each
            cycles at its routing's run time and counts parts, micro-stops now and then, sets up after every batch,
            and breaks down at random, its vibration and temperature climbing for a while before. Execution's OPC UA
            bridge (forgeline.opcua.endpoint) subscribes to it. Every duration is plant time: --speed shortens them all.

              --host NAME            address to bind and to advertise (default localhost)
              --port N               TCP port (default 4840)
              --path PATH            endpoint path (default /forgeline): opc.tcp://HOST:PORT/forgeline
              --machines LIST        CODE:RUN_MINUTES[:SETUP_MINUTES],... (default the demo plant's machines:
                                     CNC-01-M1:4.5:30,CNC-01-M2:6:40,CNC-02-M1:3.5:25,ASM-01-M1:6:15,TST-01-M1:3:10)
              --speed X              run X times faster than real time (default 1)
              --batch N              parts between setups (default 50)
              --mtbf DURATION        mean time between breakdowns, ISO-8601 (default PT4H)
              --mttr DURATION        mean repair time (default PT20M; at least a minute of plant time)
              --drift DURATION       how long vibration and temperature climb before a breakdown (default PT30M)
              --micro-stops P        chance of a micro-stop (2 to 30 s) after a cycle (default 0.05)
              --reject-rate P        chance that a part is a reject (default 0.01)
              --sampling DURATION    how often sensors are read, wall time (default PT1S)
              --seed N               random seed: the same seed, the same plant (default 42)
              --duration DURATION    stop after this much wall time (default: run until stopped)
              --help                 this text

            Nodes (namespace urn:forgeline:machine-simulator, string ids): <CODE>/State (RUNNING, IDLE, DOWN, SETUP),
            <CODE>/StopCode, <CODE>/PartCount, <CODE>/RejectCount (Int64, cumulative), <CODE>/Temperature (°C),
            <CODE>/Vibration (mm/s), <CODE>/Current (A), all Double except where said.
            """;

    static final String DEMO_PLANT = "CNC-01-M1:4.5:30,CNC-01-M2:6:40,CNC-02-M1:3.5:25,ASM-01-M1:6:15,TST-01-M1:3:10";

    /** @throws IllegalArgumentException naming the option that is wrong */
    static SimulatorOptions parse(String... args) {
        String host = "localhost";
        int port = 4840;
        String path = "/forgeline";
        String machines = DEMO_PLANT;
        double speed = 1;
        int batch = 50;
        Duration mtbf = Duration.ofHours(4);
        Duration mttr = Duration.ofMinutes(20);
        Duration drift = Duration.ofMinutes(30);
        double microStops = 0.05;
        double rejectRate = 0.01;
        Duration sampling = Duration.ofSeconds(1);
        long seed = 42;
        Duration duration = Duration.ZERO;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new HelpRequested();
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value (see --help)");
            }
            String value = args[++i];
            switch (option) {
                case "--host" -> host = value;
                case "--port" -> port = (int) number(option, value, 1, 65535);
                case "--path" -> path = value.startsWith("/") ? value : "/" + value;
                case "--machines" -> machines = value;
                case "--speed" -> speed = number(option, value, 0.01, 10_000);
                case "--batch" -> batch = (int) number(option, value, 1, 1_000_000);
                case "--mtbf" -> mtbf = duration(option, value);
                case "--mttr" -> mttr = duration(option, value);
                case "--drift" -> drift = duration(option, value);
                case "--micro-stops" -> microStops = number(option, value, 0, 1);
                case "--reject-rate" -> rejectRate = number(option, value, 0, 1);
                case "--sampling" -> sampling = duration(option, value);
                case "--seed" -> seed = (long) number(option, value, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--duration" -> duration = duration(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option + " (see --help)");
            }
        }
        if (sampling.isZero()) {
            throw new IllegalArgumentException("--sampling must be longer than zero");
        }
        List<MachineProfile> profiles = new ArrayList<>();
        for (MachineProfile profile : machines(machines, batch)) {
            profiles.add(profile.faster(speed));
        }
        var behaviour = new SimulatedMachine.Behaviour(MachineProfile.scaled(mtbf, speed),
                MachineProfile.scaled(mttr, speed), MachineProfile.scaled(Duration.ofMinutes(1), speed),
                MachineProfile.scaled(drift, speed), microStops, MachineProfile.scaled(Duration.ofSeconds(28), speed),
                rejectRate);
        return new SimulatorOptions(host, port, path, List.copyOf(profiles), speed, behaviour, seed, duration, sampling);
    }

    String endpointUrl() {
        return "opc.tcp://" + host + ":" + port + path;
    }

    private static List<MachineProfile> machines(String list, int batch) {
        List<MachineProfile> profiles = new ArrayList<>();
        for (String entry : list.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
                throw new IllegalArgumentException("--machines: '" + entry + "' is not CODE:RUN_MINUTES[:SETUP_MINUTES]");
            }
            double run = number("--machines " + parts[0] + " run minutes", parts[1], 0.001, 100_000);
            double setup = parts.length == 3 ? number("--machines " + parts[0] + " setup minutes", parts[2], 0, 100_000) : 0;
            profiles.add(new MachineProfile(parts[0].trim(), minutes(run), minutes(setup), batch));
        }
        return profiles;
    }

    private static Duration minutes(double minutes) {
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }

    private static double number(String option, String value, double min, double max) {
        try {
            double number = Double.parseDouble(value);
            if (number < min || number > max || Double.isNaN(number)) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", not " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not '" + value + "'");
        }
    }

    private static Duration duration(String option, String value) {
        try {
            Duration d = Duration.parse(value);
            if (d.isNegative()) {
                throw new IllegalArgumentException(option + " must not be negative");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be an ISO-8601 duration such as PT30M, not '" + value + "'");
        }
    }

    /** {@code --help}: not an error, but nothing to run either. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
    }
}
