package org.councilworkspace.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.councilworkspace.plan.ui.OpenPages.Seen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the sweep looks at a real (mocked) Vaadin tab. */
class PresenceSweepTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_closing_tab_is_seen_as_closing() {
        UI ui = UI.getCurrent();
        assertThat(PresenceSweep.look(ui)).isNotEqualTo(Seen.CLOSING);
        ui.close();
        assertThat(PresenceSweep.look(ui)).isEqualTo(Seen.CLOSING);
    }

    @Test
    void a_tab_whose_push_connection_is_not_open_is_seen_as_disconnected() {
        UI ui = UI.getCurrent();
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        // No browser ever opened this tab's push connection.
        assertThat(PresenceSweep.look(ui)).isEqualTo(Seen.DISCONNECTED);
    }

    @Test
    void a_tab_whose_session_is_busy_is_not_waited_for() throws Exception {
        UI ui = UI.getCurrent();
        // This thread holds the session's lock, as a request being handled would; the sweep runs on its own thread.
        Seen seen = CompletableFuture.supplyAsync(() -> PresenceSweep.look(ui)).get(5, TimeUnit.SECONDS);
        assertThat(seen).isEqualTo(Seen.BUSY);
    }
}
