package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.councilworkspace.base.live.LiveBus;
import org.councilworkspace.base.live.LocalLiveBus;
import org.junit.jupiter.api.Test;

/** What one node tells the others about its index changes, and what they hear. */
class SearchRelayTest {

    /** Several nodes on one bus, as PostgreSQL's NOTIFY reaches every node including the sender. */
    private static final class SharedBus implements LiveBus {
        private final LocalLiveBus delegate = new LocalLiveBus();
        final List<String> sent = new ArrayList<>();

        @Override
        public void publish(String topic, String payload) {
            sent.add(payload);
            delegate.publish(topic, payload);
        }

        @Override
        public Runnable subscribe(String topic, Consumer<String> listener) {
            return delegate.subscribe(topic, listener);
        }

        @Override
        public boolean reachesOtherNodes() {
            return true;
        }
    }

    @Test
    void the_other_node_hears_the_keys_and_the_sender_does_not_apply_its_own_again() {
        SharedBus bus = new SharedBus();
        SearchRelay a = new SearchRelay(bus);
        SearchRelay b = new SearchRelay(bus);
        List<List<String>> heardByA = new ArrayList<>();
        List<List<String>> heardByB = new ArrayList<>();
        a.listen(heardByA::add);
        b.listen(heardByB::add);

        a.announce(List.of("s12", "x3:meeting:7"));

        assertThat(heardByB).containsExactly(List.of("s12", "x3:meeting:7"));
        assertThat(heardByA).isEmpty();
    }

    @Test
    void many_keys_go_in_several_messages_each_within_the_bus_limit_and_none_is_lost() {
        SharedBus bus = new SharedBus();
        SearchRelay a = new SearchRelay(bus);
        SearchRelay b = new SearchRelay(bus);
        List<String> heard = new ArrayList<>();
        b.listen(heard::addAll);
        List<String> keys = IntStream.range(0, 3_000).mapToObj(i -> "t" + (1_000_000 + i)).toList();

        a.announce(keys);

        assertThat(bus.sent).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m).hasSizeLessThanOrEqualTo(
                LiveBus.MAX_PAYLOAD));
        assertThat(heard).isEqualTo(keys);
    }

    @Test
    void a_key_that_could_break_the_message_is_not_sent_and_the_others_still_are() {
        SharedBus bus = new SharedBus();
        SearchRelay a = new SearchRelay(bus);
        SearchRelay b = new SearchRelay(bus);
        List<String> heard = new ArrayList<>();
        b.listen(heard::addAll);

        a.announce(List.of("x0:amendment:1\nforged", "x0:amendment:\u001f2", "s5"));

        assertThat(heard).containsExactly("s5");
    }

    @Test
    void one_node_alone_sends_nothing() {
        List<String> sent = new ArrayList<>();
        LocalLiveBus alone = new LocalLiveBus();
        alone.subscribe(SearchRelay.TOPIC, sent::add);

        new SearchRelay(alone).announce(List.of("s1"));

        assertThat(sent).isEmpty();
    }
}
