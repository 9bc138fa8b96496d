package by.vestnik.images;

/**
 * The crops made for sharing and structured data: Open Graph and Twitter cards want 1200 × 630
 * (1.91:1), Google's article guidelines 16:9, 4:3 and 1:1, each at least 50,000 pixels.
 */
public enum Crop {
    CARD(1200, 630), WIDE(16, 9), STANDARD(4, 3), SQUARE(1, 1);

    /** Every crop is made at most this wide. */
    static final int WIDTH = 1200;

    final int ratioW;
    final int ratioH;

    Crop(int ratioW, int ratioH) {
        this.ratioW = ratioW;
        this.ratioH = ratioH;
    }
}
