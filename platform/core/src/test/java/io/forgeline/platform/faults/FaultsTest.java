package io.forgeline.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.grpc.Status;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.MalformedInputException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private static PgException sql(String state) {
        return new PgException("server says no", "FATAL", state, "detail");
    }

    @Test
    void a_refused_connection_passes_even_deep_inside_a_framework_exception() {
        assertThat(Faults.classify(new CompletionException(new IllegalStateException("session failed", new ConnectException("refused")))))
                .isEqualTo(Fault.TRANSIENT);
    }

    @Test
    void a_database_shutting_down_or_refusing_connections_passes() {
        assertThat(Faults.classify(sql("57P01"))).as("terminated by the administrator").isEqualTo(Fault.TRANSIENT);
        assertThat(Faults.classify(sql("08006"))).as("connection failure").isEqualTo(Fault.TRANSIENT);
        assertThat(Faults.classify(sql("55000"))).as("not accepting connections").isEqualTo(Fault.TRANSIENT);
        assertThat(Faults.classify(sql("40001"))).as("serialization failure").isEqualTo(Fault.TRANSIENT);
    }

    @Test
    void a_statement_the_database_rejects_on_its_merits_is_not_known_to_pass() {
        assertThat(Faults.classify(sql("22P02"))).as("invalid text representation").isEqualTo(Fault.UNKNOWN);
        assertThat(Faults.classify(sql("23505"))).as("a unique key other than processed_event's").isEqualTo(Fault.UNKNOWN);
    }

    @Test
    void the_domain_refusing_an_event_is_permanent() {
        assertThat(Faults.classify(new RuleViolation("itemCode", "unknown item"))).isEqualTo(Fault.PERMANENT);
        assertThat(Faults.classify(new NotFound("order", "42"))).isEqualTo(Fault.PERMANENT);
        assertThat(Faults.classify(new PoisonEvent("no ce_id"))).isEqualTo(Fault.PERMANENT);
    }

    @Test
    void a_refusal_caused_by_a_lost_connection_is_the_connections_fault() {
        assertThat(Faults.classify(new PoisonEvent("could not read", new ConnectException("refused")))).isEqualTo(Fault.TRANSIENT);
    }

    @Test
    void bytes_that_do_not_decode_are_permanent_though_java_calls_them_io_exceptions() {
        assertThat(Faults.classify(new PoisonEvent("unreadable payload", new InvalidProtocolBufferException("invalid wire type"))))
                .isEqualTo(Fault.PERMANENT);
        assertThat(Faults.classify(new InvalidProtocolBufferException("truncated"))).isEqualTo(Fault.PERMANENT);
        assertThat(Faults.classify(new JsonParseException(null, "unexpected character"))).isEqualTo(Fault.PERMANENT);
        assertThat(Faults.classify(new CompletionException(new MalformedInputException(3)))).isEqualTo(Fault.PERMANENT);
        assertThat(Faults.classify(new IOException("Connection reset by peer"))).as("other IOExceptions still pass").isEqualTo(Fault.TRANSIENT);
    }

    @Test
    void another_writer_winning_is_a_lost_race_that_passes_not_a_database_away() {
        Throwable race = new CompletionException(new jakarta.persistence.OptimisticLockException("row count 0"));
        assertThat(Faults.isLostRace(race)).isTrue();
        assertThat(Faults.classify(race)).isEqualTo(Fault.TRANSIENT);
        assertThat(Faults.isLostRace(sql("57P01"))).isFalse();
    }

    @Test
    void an_unavailable_grpc_peer_passes_but_a_refused_argument_does_not() {
        assertThat(Faults.classify(Status.UNAVAILABLE.asRuntimeException())).isEqualTo(Fault.TRANSIENT);
        assertThat(Faults.classify(Status.INVALID_ARGUMENT.asRuntimeException())).isEqualTo(Fault.UNKNOWN);
    }

    @Test
    void a_plain_bug_is_unknown() {
        assertThat(Faults.classify(new NullPointerException())).isEqualTo(Fault.UNKNOWN);
    }
}
