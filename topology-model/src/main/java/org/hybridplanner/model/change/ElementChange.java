package org.hybridplanner.model.change;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One element that was added, removed or changed.
 *
 * @param element what kind of element
 * @param id its id in the plan (for a link, its ends joined by {@code ↔}; for the settings, empty)
 * @param name what people call it: its name, a flow's "source → sink" by store names, a link's ends by location
 *     names
 * @param change added, removed or changed
 * @param fields the fields that changed (only for {@link ChangeKind#CHANGED})
 */
public record ElementChange(ElementKind element, String id, String name, ChangeKind change,
        List<FieldChange> fields) {
    public ElementChange {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
        fields = List.copyOf(fields);
    }

    /**
     * In words, for example {@code Removed data store SQL VM (sql-vm)} or
     * {@code Changed location Datacenter: address spaces 10.0.0.0/16 → 10.0.0.0/16, 10.1.0.0/16}.
     */
    public String describe() {
        // A link's id is its ends, which its name already says in words; the settings have no id.
        boolean showId = element != ElementKind.SETTINGS && element != ElementKind.LINK && !name.equals(id);
        String what = element == ElementKind.SETTINGS ? element.displayName()
                : element.displayName() + " " + name + (showId ? " (" + id + ")" : "");
        String head = change.displayName() + " " + what;
        return fields.isEmpty() ? head
                : head + ": " + fields.stream().map(FieldChange::describe).collect(Collectors.joining("; "));
    }
}
