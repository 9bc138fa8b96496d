package by.vestnik.images;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Turns and mirrors pixels as the EXIF orientation says, so that the published copies need no
 * orientation tag (they carry no metadata at all) and show the right way up everywhere.
 */
final class Orientation {
    private Orientation() {
    }

    /** {@code image} is TYPE_INT_RGB or TYPE_INT_ARGB; orientation 1 to 8 as in EXIF. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        BufferedImage out = new BufferedImage(outW, swap ? w : h, image.getType());
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = w - 1 - x; ty = y; }
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }
                    case 4 -> { tx = x; ty = h - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = h - 1 - y; ty = x; }
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }
                    default -> { tx = y; ty = w - 1 - x; }
                }
                to[ty * outW + tx] = from[y * w + x];
            }
        }
        return out;
    }
}
