package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;

/** Field factories, so that every form's fields behave the same (validation as you type, ids for tests). */
final class Fields {
    private Fields() {
    }

    static TextField text(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        field.setWidthFull();
        return field;
    }

    static <T> ComboBox<T> choice(String id, String label) {
        ComboBox<T> field = new ComboBox<>(label);
        field.setId(id);
        field.setWidthFull();
        field.setAllowCustomValue(false);
        return field;
    }

    static Checkbox check(String id, String label) {
        Checkbox field = new Checkbox(label);
        field.setId(id);
        return field;
    }

    /** Comma- or space-separated addresses as typed, as a list. */
    static List<String> addresses(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(part -> !part.isEmpty()).toList();
    }

    static Converter<String, List<String>> addressList() {
        return Converter.from(text -> Result.ok(addresses(text == null ? "" : text)), Fields::addressText);
    }

    static String addressText(List<String> addresses) {
        return String.join(", ", addresses);
    }
}
