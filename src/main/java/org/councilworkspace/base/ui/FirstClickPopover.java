package org.councilworkspace.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/**
 * A header button's popover, made on the button's first click and opened then; from then on the browser opens and
 * closes it by itself. Every open tab keeps the header, most never open these, and an unopened popover still costs
 * the server a component per tab. The button says from the start that it opens a popup, and whether it is open.
 */
public final class FirstClickPopover {

    private FirstClickPopover() {
    }

    /** {@code make} sets up the popover (id, label, contents while open); this adds target, place and state. */
    public static void install(Button button, Supplier<Popover> make) {
        button.getElement().setAttribute("aria-haspopup", "dialog");
        button.getElement().setAttribute("aria-expanded", "false");
        Registration[] firstClick = new Registration[1];
        firstClick[0] = button.addClickListener(e -> {
            firstClick[0].remove();
            Popover popover = make.get();
            popover.setTarget(button);
            popover.setPosition(PopoverPosition.BOTTOM_END);
            popover.addOpenedChangeListener(opened ->
                    button.getElement().setAttribute("aria-expanded", Boolean.toString(opened.isOpened())));
            popover.open();
        });
    }
}
