package io.forgeline.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.testing.InfrastructureChoice.Decision;
import io.forgeline.testing.InfrastructureChoice.Kind;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The choice between containers and local processes, with a stand-in for Docker (these machines have none). */
class InfrastructureChoiceTest {

    /** A Docker engine that answers, or not, and counts how often it was asked. */
    private static final class FakeDocker implements DockerProbe {
        private final Optional<String> whyUnreachable;
        final AtomicInteger asked = new AtomicInteger();

        FakeDocker(Optional<String> whyUnreachable) {
            this.whyUnreachable = whyUnreachable;
        }

        static FakeDocker reachable() {
            return new FakeDocker(Optional.empty());
        }

        static FakeDocker unreachable() {
            return new FakeDocker(Optional.of("no docker.sock"));
        }

        @Override
        public Optional<String> whyUnreachable() {
            asked.incrementAndGet();
            return whyUnreachable;
        }
    }

    @Test
    void a_reachable_docker_engine_means_containers_when_nothing_is_requested() {
        Decision decision = InfrastructureChoice.decide(null, FakeDocker.reachable());

        assertThat(decision.kind()).isEqualTo(Kind.CONTAINERS);
        assertThat(decision.toString()).contains("Testcontainers").contains("a Docker engine is reachable");
    }

    @Test
    void without_a_docker_engine_the_local_processes_run_and_the_log_says_why() {
        Decision decision = InfrastructureChoice.decide("", FakeDocker.unreachable());

        assertThat(decision.kind()).isEqualTo(Kind.LOCAL_PROCESSES);
        assertThat(decision.toString()).contains("local processes").contains("no Docker engine is reachable: no docker.sock");
    }

    @Test
    void auto_is_the_same_as_nothing_requested() {
        assertThat(InfrastructureChoice.decide("AUTO", FakeDocker.reachable()).kind()).isEqualTo(Kind.CONTAINERS);
        assertThat(InfrastructureChoice.decide(" auto ", FakeDocker.unreachable()).kind()).isEqualTo(Kind.LOCAL_PROCESSES);
    }

    @Test
    void local_wins_over_a_reachable_engine_without_asking_it() {
        FakeDocker docker = FakeDocker.reachable();

        Decision decision = InfrastructureChoice.decide("local", docker);

        assertThat(decision.kind()).isEqualTo(Kind.LOCAL_PROCESSES);
        assertThat(decision.reason()).isEqualTo("FORGELINE_TEST_INFRA=local");
        assertThat(docker.asked).hasValue(0);
    }

    @Test
    void containers_requested_with_a_reachable_engine_are_containers() {
        assertThat(InfrastructureChoice.decide("containers", FakeDocker.reachable()).kind()).isEqualTo(Kind.CONTAINERS);
    }

    @Test
    void containers_requested_without_an_engine_fail_rather_than_quietly_running_something_else() {
        assertThatThrownBy(() -> InfrastructureChoice.decide("containers", FakeDocker.unreachable()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FORGELINE_TEST_INFRA=containers").hasMessageContaining("no docker.sock");
    }

    @Test
    void an_unknown_setting_is_refused_with_the_values_it_takes() {
        assertThatThrownBy(() -> InfrastructureChoice.decide("docker", FakeDocker.reachable()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'docker'").hasMessageContaining("auto").hasMessageContaining("containers").hasMessageContaining("local");
    }
}
