package io.forgeline.deploy.launcher;

import io.forgeline.deploy.project.Repo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the launcher starts and stops, tried with stand-in processes: a pid file is a claim to check, not a
 * licence to signal, and a stop is finished only when the process is gone.
 */
class PidFilesAndPortsTest {

    @TempDir
    Path home;

    private final List<Process> strangers = new ArrayList<>();

    @AfterEach
    void stopStrangers() {
        strangers.forEach(Process::destroyForcibly);
    }

    @Test
    void infra_up_names_a_taken_port_and_the_process_holding_it_and_starts_nothing() throws IOException {
        LauncherRun launcher = new LauncherRun(home);
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            launcher.with("FORGELINE_DB_PORT", String.valueOf(squatter.getLocalPort()));
            LauncherRun.Result result = launcher.run("infra", "up");

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.stderr()).contains("port " + squatter.getLocalPort() + " (PostgreSQL) is taken by pid " + ProcessHandle.current().pid());
            assertThat(result.stderr()).as("nothing started").doesNotContain("starting");
            assertThat(pidFiles()).as("nothing started").isEmpty();
        }
    }

    @Test
    void up_checks_every_services_http_and_management_port_before_building_or_starting_anything() throws IOException {
        LauncherRun launcher = new LauncherRun(home);
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            launcher.with("FORGELINE_SCHEDULING_MANAGEMENT_PORT", String.valueOf(squatter.getLocalPort()));
            LauncherRun.Result result = launcher.run("up");

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.stderr()).contains("port " + squatter.getLocalPort() + " (scheduling management) is taken by pid " + ProcessHandle.current().pid())
                    .doesNotContain("building").doesNotContain("starting");
        }
    }

    @Test
    void down_leaves_alone_a_process_whose_pid_is_recorded_but_that_is_not_ours() throws Exception {
        Process stranger = stranger(List.of("sleep", "120"));
        Files.createDirectories(home.resolve("run"));
        LauncherRun launcher = new LauncherRun(home);
        // a pid reused by another program after a crash, in an old-style file and in a new one
        Files.writeString(launcher.pidFile("kafka"), stranger.pid() + "\n");
        Files.writeString(launcher.pidFile("scheduling"), stranger.pid() + " " + startTime(stranger.pid()) + "\n");

        LauncherRun.Result result = launcher.run("down");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(stranger.isAlive()).isTrue();
        assertThat(launcher.pidFile("kafka")).as("a stale pid file goes").doesNotExist();
        assertThat(launcher.pidFile("scheduling")).doesNotExist();
    }

    @Test
    void down_leaves_alone_a_process_with_our_command_line_that_started_later_than_the_recorded_one() throws Exception {
        Process lookalike = stranger(serviceLookalike("scheduling", 0));
        LauncherRun launcher = new LauncherRun(home);
        Files.createDirectories(home.resolve("run"));
        Files.writeString(launcher.pidFile("scheduling"), lookalike.pid() + " " + (startTime(lookalike.pid()) - 1) + "\n");

        assertThat(launcher.run("down").exitCode()).isZero();

        assertThat(lookalike.isAlive()).isTrue();
    }

    @Test
    void down_returns_only_once_a_service_it_stopped_has_exited() throws Exception {
        // takes two seconds to shut down, as a service finishing its requests does
        Process service = stranger(serviceLookalike("scheduling", 2));
        LauncherRun launcher = new LauncherRun(home);
        Files.createDirectories(home.resolve("run"));
        Files.writeString(launcher.pidFile("scheduling"), service.pid() + " " + startTime(service.pid()) + "\n");

        Instant began = Instant.now();
        LauncherRun.Result result = launcher.run("down");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(exited(service.pid())).as("still running when down returned").isTrue();
        assertThat(Duration.between(began, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(result.stderr()).contains("stopped scheduling");
        assertThat(launcher.pidFile("scheduling")).doesNotExist();
    }

    /**
     * A shell whose command line carries what the launcher looks for in a service's ({@code -jar} and the
     * service's jar in this checkout) and that exits {@code seconds} after a TERM.
     */
    private static List<String> serviceLookalike(String service, int seconds) {
        Path jar = Repo.root().resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
        return List.of("bash", "-c", "trap 'sleep " + seconds + "; exit 0' TERM; while :; do sleep 0.1; done",
                "lookalike", "-jar", jar.toString());
    }

    private Process stranger(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        strangers.add(process);
        return process;
    }

    private List<String> pidFiles() throws IOException {
        Path run = home.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (var files = Files.list(run)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pid")).toList();
        }
    }

    /** Gone, or a zombie (exited; only its exit status waits for this JVM to collect it). */
    private static boolean exited(long pid) throws IOException {
        try {
            String text = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
        } catch (NoSuchFileException gone) {
            return true;
        }
    }

    /** Field 22 of /proc/PID/stat, counted after the command name's closing parenthesis. */
    private static long startTime(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[19]);
    }
}
