package org.hybridplanner.app.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a plan's history: the document as it was, and how it came to be. */
@Entity
@Table(name = "plan_version")
class StoredPlanVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionKind kind;

    @Column(length = 200)
    private String label;

    @Column(nullable = false, columnDefinition = "text")
    private String document;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredPlanVersion() {
    }

    StoredPlanVersion(UUID planId, int number, VersionKind kind, String label, String document, String author,
            Instant when) {
        this.planId = planId;
        this.number = number;
        this.kind = kind;
        this.label = label;
        this.document = document;
        this.author = author;
        this.createdAt = when;
        this.updatedAt = when;
    }

    /** Folds a later autosave into this entry, so that history keeps one autosave per editing burst. */
    void coalesce(String document, Instant when) {
        this.document = document;
        this.updatedAt = when;
    }

    Long id() {
        return id;
    }

    int number() {
        return number;
    }

    VersionKind kind() {
        return kind;
    }

    String label() {
        return label;
    }

    String document() {
        return document;
    }

    String author() {
        return author;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    VersionSummary summary() {
        return new VersionSummary(id, number, kind, label, author, createdAt, updatedAt);
    }
}
