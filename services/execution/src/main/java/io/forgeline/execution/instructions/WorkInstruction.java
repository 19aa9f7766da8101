package io.forgeline.execution.instructions;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The work instruction of one routing operation of an item. Its content changes only whole ({@link #replace}), and its
 * revision counts the changes that changed something.
 */
@Entity
@Table(name = "work_instruction")
public class WorkInstruction extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(name = "operation_sequence", nullable = false)
    private int operationSequence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private InstructionContent content;

    @Column(nullable = false)
    private int revision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    static WorkInstruction of(String itemCode, int operationSequence) {
        WorkInstruction instruction = new WorkInstruction();
        instruction.id = UUID.randomUUID();
        instruction.itemCode = itemCode;
        instruction.operationSequence = operationSequence;
        return instruction;
    }

    /** Replaces the content; the same content again changes nothing (a repeated PUT keeps the revision). */
    void replace(InstructionContent newContent, String actor, Instant now) {
        if (newContent.equals(content)) {
            return;
        }
        content = newContent;
        revision++;
        changedAt = now;
        changedBy = actor;
    }

    public String itemCode() {
        return itemCode;
    }

    public int operationSequence() {
        return operationSequence;
    }

    public InstructionContent content() {
        return content;
    }

    public int revision() {
        return revision;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
