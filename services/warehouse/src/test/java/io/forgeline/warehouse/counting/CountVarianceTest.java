package io.forgeline.warehouse.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.warehouse.counting.CountVariance.Tolerance;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CountVarianceTest {

    private static final Tolerance TWO_PERCENT = Tolerance.ofPercent(new BigDecimal("2"));
    private static final Tolerance FIVE_PIECES = Tolerance.ofAbsolute(new BigDecimal("5"));

    private static CountVariance count(String book, String counted, Tolerance tolerance) {
        return new CountVariance(new BigDecimal(book), new BigDecimal(counted), tolerance);
    }

    @Test
    void the_variance_is_counted_less_book() {
        assertThat(count("100", "97", Tolerance.NONE).variance()).isEqualByComparingTo("-3");
        assertThat(count("100", "104.5", Tolerance.NONE).variance()).isEqualByComparingTo("4.5");
    }

    @Test
    void an_exact_count_posts_at_once_even_without_tolerance() {
        CountVariance exact = count("100", "100.000", Tolerance.NONE);

        assertThat(exact.variance()).isEqualByComparingTo("0");
        assertThat(exact.withinTolerance()).isTrue();
        assertThat(exact.postsAtOnce()).isTrue();
        assertThat(exact.needsApproval()).isFalse();
    }

    @Test
    void without_tolerance_any_difference_needs_approval() {
        CountVariance oneShort = count("100", "99", Tolerance.NONE);

        assertThat(oneShort.withinTolerance()).isFalse();
        assertThat(oneShort.needsApproval()).isTrue();
        assertThat(oneShort.postsAtOnce()).isFalse();
    }

    @Test
    void a_difference_within_the_percent_of_book_posts_at_once() {
        assertThat(count("200", "197", TWO_PERCENT).postsAtOnce()).isTrue();
    }

    @Test
    void a_difference_of_exactly_the_percent_is_still_within_tolerance() {
        assertThat(count("200", "196", TWO_PERCENT).withinTolerance()).isTrue();
        assertThat(count("200", "204", TWO_PERCENT).withinTolerance()).isTrue();
    }

    @Test
    void a_difference_beyond_the_percent_needs_approval() {
        assertThat(count("200", "195.99", TWO_PERCENT).needsApproval()).isTrue();
    }

    @Test
    void too_many_counted_is_judged_like_too_few() {
        assertThat(count("200", "204.01", TWO_PERCENT).needsApproval()).isTrue();
        assertThat(count("200", "195.99", TWO_PERCENT).needsApproval()).isTrue();
    }

    @Test
    void a_percent_that_does_not_divide_evenly_is_judged_without_rounding() {
        Tolerance oneThirdPercent = Tolerance.ofPercent(new BigDecimal("0.33"));

        assertThat(count("300", "300.99", oneThirdPercent).withinTolerance()).isTrue();
        assertThat(count("300", "300.991", oneThirdPercent).withinTolerance()).isFalse();
    }

    @Test
    void a_difference_within_the_absolute_limit_posts_at_once() {
        assertThat(count("1000", "995", FIVE_PIECES).postsAtOnce()).isTrue();
        assertThat(count("1000", "994", FIVE_PIECES).needsApproval()).isTrue();
    }

    @Test
    void with_both_limits_either_one_lets_the_count_post() {
        Tolerance both = new Tolerance(new BigDecimal("2"), new BigDecimal("5"));

        assertThat(count("100", "96", both).withinTolerance()).as("4 is beyond 2 %% of 100 but within 5 pieces").isTrue();
        assertThat(count("1000", "985", both).withinTolerance()).as("15 is beyond 5 pieces but within 2 %% of 1000").isTrue();
    }

    @Test
    void with_both_limits_a_difference_beyond_both_needs_approval() {
        Tolerance both = new Tolerance(new BigDecimal("2"), new BigDecimal("5"));

        assertThat(count("100", "94", both).needsApproval()).isTrue();
    }

    @Test
    void stock_found_in_a_bin_empty_on_the_book_is_beyond_any_percent() {
        CountVariance foundInEmptyBin = count("0", "1", Tolerance.ofPercent(new BigDecimal("100")));

        assertThat(foundInEmptyBin.withinTolerance()).isFalse();
        assertThat(foundInEmptyBin.needsApproval()).isTrue();
    }

    @Test
    void stock_found_in_a_bin_empty_on_the_book_posts_if_within_the_absolute_limit() {
        Tolerance both = new Tolerance(new BigDecimal("50"), new BigDecimal("5"));

        assertThat(count("0", "3", both).postsAtOnce()).isTrue();
        assertThat(count("0", "6", both).needsApproval()).isTrue();
    }

    @Test
    void an_empty_bin_counted_empty_posts_at_once() {
        assertThat(count("0", "0", TWO_PERCENT).postsAtOnce()).isTrue();
    }

    @Test
    void a_negative_book_quantity_is_measured_by_its_size() {
        CountVariance oversold = count("-4", "0", Tolerance.ofPercent(new BigDecimal("100")));

        assertThat(oversold.variance()).isEqualByComparingTo("4");
        assertThat(oversold.withinTolerance()).as("4 is 100 %% of a book of -4").isTrue();
        assertThat(count("-4", "0", Tolerance.ofPercent(new BigDecimal("99"))).needsApproval()).isTrue();
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> count("10", "-1", Tolerance.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_tolerance_is_refused() {
        assertThatThrownBy(() -> Tolerance.ofPercent(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.ofAbsolute(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_second_person_may_approve_the_count() {
        assertThatCode(() -> CountVariance.requireSecondPerson("ann", "bob")).doesNotThrowAnyException();
    }

    @Test
    void the_counter_cannot_approve_their_own_count() {
        assertThatThrownBy(() -> CountVariance.requireSecondPerson("ann", "ann"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("ann counted this bin and cannot approve the count; a second person must approve it");
    }

    @Test
    void the_counter_is_recognised_whatever_the_case_of_the_name() {
        assertThatThrownBy(() -> CountVariance.requireSecondPerson("ann", " Ann ")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_approval_without_an_approver_is_refused() {
        assertThatThrownBy(() -> CountVariance.requireSecondPerson("ann", " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("needs the name of the person who approves it");
        assertThatThrownBy(() -> CountVariance.requireSecondPerson("ann", null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void the_refusal_names_the_approver_field() {
        assertThatThrownBy(() -> CountVariance.requireSecondPerson("ann", "ann"))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.field()).isEqualTo("approvedBy"));
    }
}
