package io.forgeline.execution.instructions;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image a work instruction's steps name, kept as its bytes with their content type and digest. */
@Entity
@Table(name = "work_instruction_image")
public class InstructionImage extends PanacheEntityBase {

    @Id
    public String name;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public byte[] bytes;

    /** Hex SHA-256 of the bytes: the ETag, so a terminal asks again only for an image that changed. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;
}
