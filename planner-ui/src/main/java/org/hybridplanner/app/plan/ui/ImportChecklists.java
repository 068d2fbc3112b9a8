package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hybridplanner.factoryimport.ImportReport;

/**
 * The reports of the Data Factory imports made in this browser session, by the plan each created: the editor shows
 * the report beside the plan for as long as the session lasts (docs/importing.md: download it to keep it).
 */
final class ImportChecklists {
    private ImportChecklists() {
    }

    static void remember(UUID planId, ImportReport report) {
        reports().put(planId, report);
    }

    static Optional<ImportReport> of(UUID planId) {
        return VaadinSession.getCurrent() == null ? Optional.empty() : Optional.ofNullable(reports().get(planId));
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, ImportReport> reports() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<UUID, ImportReport> reports = (Map<UUID, ImportReport>) session.getAttribute(ImportChecklists.class
                .getName());
        if (reports == null) {
            reports = new HashMap<>();
            session.setAttribute(ImportChecklists.class.getName(), reports);
        }
        return reports;
    }
}
