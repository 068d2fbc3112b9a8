package org.hybridplanner.app.plan.ui;

import java.util.List;
import java.util.Optional;
import org.hybridplanner.export.diagram.Box;
import org.hybridplanner.export.diagram.DiagramLayout;
import org.hybridplanner.export.diagram.DiagramLayout.Placed;
import org.hybridplanner.export.diagram.DiagramModel;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Position;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * What a gesture on the canvas means for the plan, given where everything is drawn: a drop makes an element there, a
 * move gives it a position (a store moved into another zone changes its location), a connection makes a link or a
 * flow. Pure functions; the editor applies the result like any form edit (validated, autosaved, undoable).
 */
final class CanvasEdits {
    /** Where a dropped location's zone starts, relative to the pointer, so that the pointer lands on its title. */
    static final int DROP_OFFSET = 20;
    private final Catalog catalog;

    CanvasEdits(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The plan after an edit, or why there is none. */
    record Outcome(Plan plan, String refusal) {
        static Outcome edited(Plan plan) {
            return new Outcome(plan, null);
        }

        static Outcome refused(String refusal) {
            return new Outcome(null, refusal);
        }
    }

    /** A location of {@code kind} whose zone's corner is just above and left of the drop point. */
    Plan dropLocation(Plan plan, LocationKind kind, double x, double y) {
        return PlanEdits.addLocation(plan, kind, Position.clamped(x - DROP_OFFSET, y - DROP_OFFSET));
    }

    /** A store of {@code type} centred on the drop point, in the zone under it. */
    Outcome dropStore(Plan plan, DiagramLayout layout, String type, double x, double y) {
        StoreTypeSpec spec = catalog.storeType(type).orElse(null);
        if (spec == null) {
            return Outcome.refused("Unknown data store type " + type);
        }
        Optional<Placed> zone = zoneAt(layout, x, y);
        if (zone.isEmpty()) {
            return Outcome.refused("Drop a data store inside a location's zone.");
        }
        Location location = plan.location(locationId(zone.get())).orElseThrow();
        if (!spec.mayStandIn(location.kind())) {
            return Outcome.refused(cannotStand(spec, location));
        }
        Box box = zone.get().bounds();
        Position at = Position.clamped(x - box.x() - nodeWidth(layout) / 2, y - box.y() - nodeHeight(layout) / 2);
        return Outcome.edited(PlanEdits.addDataStore(plan, type, location.id(), spec.displayName(), at));
    }

    /**
     * A store of {@code type} without a position (the layout finds it a free place next to the location's other
     * stores): in {@code preferred} when it may stand there, otherwise in the first location that allows it. The
     * keyboard's way to add from the palette.
     */
    Outcome addStore(Plan plan, String type, String preferred) {
        StoreTypeSpec spec = catalog.storeType(type).orElse(null);
        if (spec == null) {
            return Outcome.refused("Unknown data store type " + type);
        }
        List<Location> candidates = plan.locations().stream().filter(l -> spec.mayStandIn(l.kind())).toList();
        if (candidates.isEmpty()) {
            return Outcome.refused(spec.displayName() + " stands only in " + kinds(spec)
                    + ": add such a location first.");
        }
        Location location = candidates.stream().filter(l -> l.id().equals(preferred)).findFirst()
                .orElse(candidates.get(0));
        return Outcome.edited(PlanEdits.addDataStore(plan, type, location.id(), spec.displayName(), null));
    }

    /** The element moved by (dx, dy) from where it is drawn; a store dropped on another zone moves there. */
    Outcome move(Plan plan, DiagramLayout layout, String kind, String id, double dx, double dy) {
        if ("location".equals(kind)) {
            Optional<Box> zone = bounds(layout.zones(), zoneId(id));
            if (zone.isEmpty() || plan.location(id).isEmpty()) {
                return Outcome.refused("There is no location " + id + " any more.");
            }
            return Outcome.edited(PlanEdits.moveLocation(plan, id,
                    Position.clamped(zone.get().x() + dx, zone.get().y() + dy)));
        }
        if (!"store".equals(kind)) {
            return Outcome.refused("Only locations and data stores can be moved.");
        }
        Optional<Box> node = bounds(layout.nodes(), "store:" + id);
        DataStore store = plan.dataStore(id).orElse(null);
        if (node.isEmpty() || store == null) {
            return Outcome.refused("There is no data store " + id + " any more.");
        }
        double left = node.get().x() + dx;
        double top = node.get().y() + dy;
        Placed zone = zoneAt(layout, left + node.get().width() / 2, top + node.get().height() / 2)
                .orElseGet(() -> layout.zones().stream().filter(z -> z.node().id().equals(zoneId(store.location())))
                        .findFirst().orElseThrow());
        Location location = plan.location(locationId(zone)).orElseThrow();
        StoreTypeSpec spec = catalog.storeType(store.type()).orElse(null);
        if (!location.id().equals(store.location()) && spec != null && !spec.mayStandIn(location.kind())) {
            return Outcome.refused(cannotStand(spec, location));
        }
        Box box = zone.bounds();
        return Outcome.edited(PlanEdits.moveDataStore(plan, id, location.id(),
                Position.clamped(left - box.x(), top - box.y())));
    }

    /** A flow from one store to another. */
    Outcome connectStores(Plan plan, String source, String sink) {
        if (plan.dataStore(source).isEmpty() || plan.dataStore(sink).isEmpty()) {
            return Outcome.refused("Connect two data stores to make a flow.");
        }
        return Outcome.edited(PlanEdits.addFlow(plan, source, sink));
    }

    /** The link types that can join the two locations, in catalog order (empty: none can). */
    List<org.hybridplanner.model.LinkType> linkTypes(Plan plan, String one, String other) {
        Optional<Location> a = plan.location(one);
        Optional<Location> b = plan.location(other);
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        return catalog.linkTypesJoining(a.get().kind(), b.get().kind());
    }

    private static String cannotStand(StoreTypeSpec spec, Location location) {
        return spec.displayName() + " cannot stand in " + location.name() + " (" + location.kind().displayName()
                + "); it stands in " + kinds(spec) + ".";
    }

    private static String kinds(StoreTypeSpec spec) {
        return String.join(", ", spec.locationKinds().stream().map(LocationKind::displayName).toList());
    }

    /** The innermost location zone under the point (the Data Factory service zone holds no stores of the plan). */
    static Optional<Placed> zoneAt(DiagramLayout layout, double x, double y) {
        Placed found = null;
        for (Placed zone : layout.zones()) {
            Box box = zone.bounds();
            if (!zone.node().id().equals(DiagramModel.SERVICE_ZONE) && x >= box.x() && x <= box.maxX()
                    && y >= box.y() && y <= box.maxY()) {
                found = zone;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Box> bounds(List<Placed> placed, String diagramId) {
        return placed.stream().filter(p -> p.node().id().equals(diagramId)).map(Placed::bounds).findFirst();
    }

    private static double nodeWidth(DiagramLayout layout) {
        return layout.nodes().stream().findFirst().map(p -> p.bounds().width()).orElse(210.0);
    }

    private static double nodeHeight(DiagramLayout layout) {
        return layout.nodes().stream().findFirst().map(p -> p.bounds().height()).orElse(46.0);
    }

    private static String zoneId(String locationId) {
        return "zone:" + locationId;
    }

    private static String locationId(Placed zone) {
        return zone.node().id().substring("zone:".length());
    }
}
