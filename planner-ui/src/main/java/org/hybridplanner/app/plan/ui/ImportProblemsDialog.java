package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.hybridplanner.model.MoreProblems;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.Problem;

/**
 * The problems of a refused plan file, each against the JSON path of the element it concerns: the first ones in
 * full, then how many more of each kind there were (a file can have millions; the reader keeps the first 100).
 */
final class ImportProblemsDialog extends Dialog {
    ImportProblemsDialog(String fileName, PlanReadResult result) {
        setId("import-problems");
        setHeaderTitle("\"" + Problem.printable(fileName) + "\" was not imported");
        setWidth("min(56em, 95vw)");
        int count = result.problemCount();
        Paragraph intro = new Paragraph(count == 1 ? "Fix this problem and import the file again:"
                : "Fix these " + count + " problems and import the file again:");
        intro.setId("import-problems-summary");
        add(intro);
        Grid<Problem> grid = new Grid<>();
        grid.setId("import-problems-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Problem::path).setHeader("Where").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.value() == null ? "" : p.value()).setHeader("Found");
        grid.addColumn(Problem::message).setHeader("Problem").setFlexGrow(3);
        grid.setItems(result.problems());
        grid.setAllRowsVisible(result.problems().size() <= 12);
        if (result.problems().size() > 12) {
            grid.setHeight("24em");
        }
        add(grid);
        if (!result.more().isEmpty()) {
            UnorderedList more = new UnorderedList(result.more().stream().map(MoreProblems::toString)
                    .map(ListItem::new).toArray(ListItem[]::new));
            more.setId("import-problems-more");
            add(new Paragraph("Only the first " + result.problems().size() + " are listed above; there are more:"),
                    more);
        }
        Button close = new Button("Close", click -> close());
        close.setId("import-problems-close");
        getFooter().add(close);
    }
}
