package org.councilworkspace.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;

/**
 * Holds a computed value for one server round trip only. A lazy grid asks for its size and then for its
 * rows in the same round trip; both read one computation, and nothing stays in the session afterwards.
 */
public final class RoundTripCache<T> {

    private final Component owner;
    private final Supplier<T> loader;
    private T value;

    public RoundTripCache(Component owner, Supplier<T> loader) {
        this.owner = owner;
        this.loader = loader;
    }

    public T get() {
        if (value == null) {
            value = loader.get();
            owner.getUI().ifPresent(ui -> ui.beforeClientResponse(owner, context -> value = null));
        }
        return value;
    }
}
