package by.vestnik.render;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list of a page's data model whose items were digested once, for every page that shows them:
 * an article is an item of a dozen lists (its language's home, its year, each of its topics),
 * and {@link ModelDigest} takes each item's digest from here instead of walking it again.
 */
final class DigestedList<T> extends AbstractList<T> implements RandomAccess {
    /** An item with the digest {@link ModelDigest#ofValue} gave it. */
    record Item<T>(T value, String digest) {
        static <T> Item<T> of(T value) {
            return new Item<>(value, ModelDigest.ofValue(value));
        }
    }

    private final List<Item<T>> items;

    DigestedList(List<Item<T>> items) {
        this.items = List.copyOf(items);
    }

    @Override
    public T get(int index) {
        return items.get(index).value();
    }

    @Override
    public int size() {
        return items.size();
    }

    String digest(int index) {
        return items.get(index).digest();
    }
}
