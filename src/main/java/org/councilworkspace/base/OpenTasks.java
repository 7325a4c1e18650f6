package org.councilworkspace.base;

import java.util.List;

/**
 * A feature's share of "what needs me": the signed-in person's open tasks of that feature, across every council
 * they currently belong to. Each feature implements it in its own package; the home page collects the beans.
 * An implementation answers with one or a few queries whatever the number of councils (never one per council or
 * item), and only with what the person may see there.
 */
public interface OpenTasks {

    /**
     * @throws org.springframework.security.access.AccessDeniedException when nobody is signed in
     */
    List<OpenTask> openTasks();
}
