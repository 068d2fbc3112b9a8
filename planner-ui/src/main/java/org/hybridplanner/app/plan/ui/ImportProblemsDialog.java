package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.hybridplanner.model.Problem;

/** Every problem of a refused plan file, each against the JSON path of the element it concerns. */
final class ImportProblemsDialog extends Dialog {
    ImportProblemsDialog(String fileName, List<Problem> problems) {
        setId("import-problems");
        setHeaderTitle("\"" + Problem.printable(fileName) + "\" was not imported");
        setWidth("min(56em, 95vw)");
        add(new Paragraph(problems.size() == 1 ? "Fix this problem and import the file again:"
                : "Fix these " + problems.size() + " problems and import the file again:"));
        Grid<Problem> grid = new Grid<>();
        grid.setId("import-problems-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Problem::path).setHeader("Where").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.value() == null ? "" : p.value()).setHeader("Found");
        grid.addColumn(Problem::message).setHeader("Problem").setFlexGrow(3);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 12);
        if (problems.size() > 12) {
            grid.setHeight("24em");
        }
        add(grid);
        Button close = new Button("Close", click -> close());
        close.setId("import-problems-close");
        getFooter().add(close);
    }
}
