package org.hybridplanner.app.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A plan as stored: its plan-format JSON document, plus the columns the plan list searches and sorts by. The JPA
 * version makes a save against a stale copy fail instead of overwriting someone else's change; the revision, random
 * and new on every save, tells saves apart that got the same version number (see {@link OpenedPlan#revision()}).
 */
@Entity
@Table(name = "plan")
class StoredPlan {
    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 512)
    private String name;

    @Column(nullable = false, columnDefinition = "text")
    private String document;

    @Column(name = "location_count", nullable = false)
    private int locationCount;

    @Column(name = "store_count", nullable = false)
    private int storeCount;

    @Column(name = "flow_count", nullable = false)
    private int flowCount;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    @Column(nullable = false)
    private UUID revision;

    protected StoredPlan() {
    }

    StoredPlan(UUID id, long ownerId, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    void update(PlanDocument document, Instant when, String who) {
        this.name = document.plan().name();
        this.document = document.json();
        this.locationCount = document.plan().locations().size();
        this.storeCount = document.plan().dataStores().size();
        this.flowCount = document.plan().flows().size();
        this.warningCount = document.warningCount();
        this.updatedAt = when;
        this.updatedBy = who;
        this.revision = UUID.randomUUID();
    }

    UUID id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    String document() {
        return document;
    }

    int storeCount() {
        return storeCount;
    }

    int flowCount() {
        return flowCount;
    }

    int warningCount() {
        return warningCount;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    long version() {
        return version;
    }

    UUID revision() {
        return revision;
    }
}
