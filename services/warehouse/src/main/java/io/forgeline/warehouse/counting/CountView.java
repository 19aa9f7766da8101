package io.forgeline.warehouse.counting;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A count as people read it. While OPEN the book quantities are not shown: the count is blind, so the clerk counts
 * what is there, not what the system expects.
 */
public record CountView(UUID id, String number, String bin, CountStatus status, Instant createdAt, String createdBy, Instant countedAt,
                        String countedBy, Instant approvedAt, String approvedBy, List<Line> lines) {

    public record Line(int line, String itemCode, String lot, LocalDate expiresOn, StockStatus status, String handlingUnit, String unit,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal book,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal counted,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal variance, boolean posted) {
    }

    private static BigDecimal plain(BigDecimal quantity) {
        return quantity == null ? null : quantity.stripTrailingZeros();
    }

    static CountView of(CountTask task) {
        boolean blind = task.status() == CountStatus.OPEN;
        return new CountView(task.id, task.number, task.bin, task.status(), task.createdAt, task.createdBy, task.countedAt, task.countedBy,
                task.approvedAt, task.approvedBy, task.lines().stream().map(line -> new Line(line.line(), line.itemCode(), line.lot(),
                        line.expiresOn(), line.status(), line.handlingUnit(), line.unit(), blind ? null : plain(line.book()), plain(line.counted()),
                        blind ? null : plain(line.variance()), line.posted())).toList());
    }
}
