package org.councilworkspace.base.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class LocalLiveBusTest {

    @Test
    void outsideATransactionNewsArrivesAtOnceInsideOnlyAfterCommit() {
        LocalLiveBus bus = new LocalLiveBus();
        List<String> heard = new ArrayList<>();
        Runnable stop = bus.subscribe("t", heard::add);
        bus.publish("t", "now");
        assertThat(heard).containsExactly("now");
        TransactionSynchronizationManager.initSynchronization();
        try {
            bus.publish("t", "later");
            assertThat(heard).containsExactly("now");
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(heard).containsExactly("now", "later");
        stop.run();
        bus.publish("t", "gone");
        assertThat(heard).hasSize(2);
    }

    @Test
    void malformedNewsIsRefused() {
        LocalLiveBus bus = new LocalLiveBus();
        assertThatThrownBy(() -> bus.publish("Bad Topic", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bus.publish("t", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bus.publish("t", "x".repeat(LiveBus.MAX_PAYLOAD + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
