package io.forgeline.execution.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.execution.jobs.JobReadiness.Component;
import io.forgeline.execution.jobs.JobReadiness.Job;
import io.forgeline.execution.jobs.JobReadiness.Staging;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobReadinessTest {

    private static Component needs(String item, String needed, String consumed) {
        return new Component(item, new BigDecimal(needed), "PCE", new BigDecimal(consumed), null);
    }

    @Test
    void staged_stock_goes_to_the_next_job_first_and_what_is_left_to_the_one_after() {
        List<Job> jobs = JobReadiness.shareOut(List.of(
                        List.of(needs("SHAFT", "2", "0"), needs("BEARING", "4", "0")),
                        List.of(needs("BEARING", "4", "0")),
                        List.of(needs("BEARING", "4", "0"))),
                Optional.of(Map.of("SHAFT", new BigDecimal("5"), "BEARING", new BigDecimal("6"))));

        assertThat(jobs).extracting(Job::staging).containsExactly(Staging.STAGED, Staging.PARTLY_STAGED, Staging.NOT_STAGED);
        assertThat(jobs.get(0).components()).extracting(Component::staged).containsExactly(new BigDecimal("2"), new BigDecimal("4"));
        assertThat(jobs.get(1).components().get(0).staged()).isEqualByComparingTo("2");
        assertThat(jobs.get(2).components().get(0).staged()).isEqualByComparingTo("0");
    }

    @Test
    void what_was_consumed_already_needs_no_staging() {
        List<Job> jobs = JobReadiness.shareOut(List.of(List.of(needs("BEARING", "4", "3")), List.of(needs("BEARING", "4", "4")),
                List.of()), Optional.of(Map.of("BEARING", new BigDecimal("1"))));

        assertThat(jobs).extracting(Job::staging).containsExactly(Staging.STAGED, Staging.NOTHING_TO_STAGE, Staging.NOTHING_TO_STAGE);
    }

    @Test
    void without_warehouse_staging_is_unknown_but_a_job_that_needs_nothing_still_needs_nothing() {
        List<Job> jobs = JobReadiness.shareOut(List.of(List.of(needs("BEARING", "4", "0")), List.of()), Optional.empty());

        assertThat(jobs).extracting(Job::staging).containsExactly(Staging.UNKNOWN, Staging.NOTHING_TO_STAGE);
        assertThat(jobs.get(0).components().get(0).staged()).isNull();
    }
}
