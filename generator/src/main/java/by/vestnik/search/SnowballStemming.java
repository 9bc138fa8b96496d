package by.vestnik.search;

import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Lucene's Snowball stemmers: Russian, and English (Porter2). The theme's browser scripts
 * {@code search-snowball-ru.js} and {@code search-snowball-en.js} are JavaScript ports of the same
 * algorithms; {@code SearchAnalysisParityTest} proves they agree on word lists.
 */
final class SnowballStemming implements WordStemmer {
    private final String name;
    /** A Snowball program keeps its word in fields: one per thread. */
    private final ThreadLocal<SnowballStemmer> stemmers;

    private SnowballStemming(String name, Supplier<SnowballStemmer> factory) {
        this.name = name;
        this.stemmers = ThreadLocal.withInitial(factory);
    }

    static SnowballStemming russian() {
        return new SnowballStemming("snowball-ru", RussianStemmer::new);
    }

    static SnowballStemming english() {
        return new SnowballStemming("snowball-en", EnglishStemmer::new);
    }

    @Override
    public String stem(String word) {
        SnowballStemmer stemmer = stemmers.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    @Override
    public String browserName() {
        return name;
    }
}
