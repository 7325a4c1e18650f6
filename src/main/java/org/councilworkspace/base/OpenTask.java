package org.councilworkspace.base;

import java.util.List;

/**
 * One thing waiting for the signed-in person, as the home page lists it: how many of them, a translation key whose
 * {0} is that count and whose {1}, {2}… are {@code args} (plain text: a council, plan or meeting name), and the in-app
 * route that opens it (no leading slash).
 *
 * @param kind        what sort of task, e.g. {@code MINUTES_TO_APPROVE}, for ordering and for tests
 * @param councilName the council it belongs to, under whose name the home page lists it
 */
public record OpenTask(String kind, String councilName, int count, String labelKey, List<String> args, String path) {

    public OpenTask {
        if (count < 1) {
            throw new IllegalArgumentException("An open task counts at least one thing to do");
        }
        args = List.copyOf(args);
    }

    /** The arguments for the label: the count first, then the task's own. */
    public Object[] labelArgs() {
        Object[] all = new Object[args.size() + 1];
        all[0] = count;
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return all;
    }
}
