package org.councilworkspace.base.live;

import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** One app node: news goes to this node's listeners after the commit. */
public class LocalLiveBus implements LiveBus {

    private final LiveListeners listeners = new LiveListeners();

    @Override
    public void publish(String topic, String payload) {
        LiveListeners.check(topic, payload);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    listeners.deliver(topic, payload);
                }
            });
        } else {
            listeners.deliver(topic, payload);
        }
    }

    @Override
    public Runnable subscribe(String topic, Consumer<String> listener) {
        return listeners.add(topic, listener);
    }
}
