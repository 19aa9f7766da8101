package io.forgeline.execution.recall;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecallCsvTest {

    @Test
    void a_field_with_a_comma_quote_or_line_end_is_quoted_with_its_quotes_doubled() {
        assertThat(RecallCsv.field("A,B")).isEqualTo("\"A,B\"");
        assertThat(RecallCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(RecallCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(RecallCsv.field("L-2291")).isEqualTo("L-2291");
        assertThat(RecallCsv.field(null)).isEmpty();
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        assertThat(RecallCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(RecallCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RecallCsv.field("+49 30")).isEqualTo("'+49 30");
    }
}
