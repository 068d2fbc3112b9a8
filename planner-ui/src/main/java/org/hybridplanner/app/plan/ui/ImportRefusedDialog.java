package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.hybridplanner.model.Problem;

/** Why an uploaded Data Factory export was not imported: each problem names the file it concerns. */
final class ImportRefusedDialog extends Dialog {
    ImportRefusedDialog(String fileName, List<String> problems) {
        setId("import-refused");
        setHeaderTitle("\"" + Problem.printable(fileName) + "\" was not imported");
        setWidth("min(48em, 95vw)");
        add(new Paragraph("This is not a Data Factory export the planner can read. Upload a zip of the factory's"
                + " git folder or of its publish ARM template, or ARMTemplateForFactory.json itself."));
        UnorderedList list = new UnorderedList(problems.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId("import-refused-problems");
        add(list);
        Button close = new Button("Close", click -> close());
        close.setId("import-refused-close");
        getFooter().add(close);
    }
}
