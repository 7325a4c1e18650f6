package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.implementation.BudgetLine;

/** A measure's planned budget as rows of a year, an amount and a currency. */
class BudgetRows extends VerticalLayout {

    private record Row(HorizontalLayout layout, IntegerField year, BigDecimalField amount, TextField currency) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    BudgetRows(List<BudgetLine> initial) {
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Button add = new Button(getTranslation("implementation.add-budget"), VaadinIcon.PLUS.create(),
                e -> addRow(null));
        add.setId("add-budget");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Span(getTranslation("implementation.budget")), list, add);
        initial.forEach(this::addRow);
    }

    private void addRow(BudgetLine line) {
        IntegerField year = new IntegerField(getTranslation("implementation.year"));
        year.setId("budget-year-" + rows.size());
        year.setWidth("7rem");
        BigDecimalField amount = new BigDecimalField(getTranslation("implementation.amount"));
        amount.setId("budget-amount-" + rows.size());
        TextField currency = new TextField(getTranslation("implementation.currency-code"));
        currency.setId("budget-currency-" + rows.size());
        currency.setMaxLength(3);
        currency.setWidth("6rem");
        if (line != null) {
            year.setValue(line.year());
            amount.setValue(line.amount());
            currency.setValue(line.currency());
        }
        HorizontalLayout layout = new HorizontalLayout(year, amount, currency);
        Row row = new Row(layout, year, amount, currency);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            list.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("implementation.remove-budget"));
        layout.add(remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        list.add(layout);
    }

    List<BudgetLine> value() {
        return rows.stream().filter(r -> r.year().getValue() != null || r.amount().getValue() != null)
                .map(r -> new BudgetLine(r.year().getValue() == null ? 0 : r.year().getValue(), r.amount().getValue(),
                        r.currency().getValue().strip().toUpperCase(Locale.ROOT))).toList();
    }
}
