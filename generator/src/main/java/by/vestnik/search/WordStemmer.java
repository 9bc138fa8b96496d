package by.vestnik.search;

/** Reduces a folded, lower-case word to the stem that its other forms share. Thread-safe. */
interface WordStemmer {
    String stem(String word);

    /** What the browser's script needs to stem the same way: its name and, for rules, the rules. */
    String browserName();
}
