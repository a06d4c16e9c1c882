package br.com.webplanet.roteiro.g3stor.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;

/**
 * A list resource as a lazy stream: the first page is fetched when the consumer first reads, the
 * {@code next} page only when the current one is used up. Each page's response is read whole and
 * closed before its items are handed out, so an abandoned stream holds no connection.
 */
final class Pages {
    private Pages() {}

    static <T> Stream<T> stream(G3storHttp http, HttpUrl first, Function<JsonNode, T> mapper) {
        return StreamSupport.stream(new PageSpliterator<>(http, first, mapper), false);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final G3storHttp http;
        private final Function<JsonNode, T> mapper;
        private final Deque<JsonNode> buffer = new ArrayDeque<>();
        private HttpUrl next;

        PageSpliterator(G3storHttp http, HttpUrl first, Function<JsonNode, T> mapper) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.http = http;
            this.next = first;
            this.mapper = mapper;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (buffer.isEmpty() && next != null) {
                fetch();
            }
            JsonNode item = buffer.poll();
            if (item == null) {
                return false;
            }
            action.accept(mapper.apply(item));
            return true;
        }

        private void fetch() {
            JsonNode page = http.expectJson(http.call("GET", next, null, java.util.Map.of()));
            page.path("items").forEach(buffer::add);
            JsonNode link = page.get("next");
            next = link == null || link.isNull() || link.asText().isBlank() ? null : http.resolve(link.asText());
        }
    }
}
