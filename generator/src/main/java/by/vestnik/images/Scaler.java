package by.vestnik.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * High-quality downscaling: halving steps with bilinear filtering (each averages 2 × 2 pixels,
 * so nothing aliases) until within a factor of two, then one bicubic step to the exact size.
 * One bicubic jump from a large photo would sample only a few of its pixels.
 */
final class Scaler {
    private Scaler() {
    }

    /** The image at {@code width} pixels wide, height in proportion; never wider than it is. */
    static BufferedImage toWidth(BufferedImage image, int width) {
        int target = Math.min(width, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * target / image.getWidth()));
        return toSize(image, target, height);
    }

    static BufferedImage toSize(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * width && current.getHeight() >= 2 * height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /**
     * The largest centred part of the image with the given aspect ratio, scaled to at most
     * {@code maxWidth} wide: a sharing card or a structured-data image.
     */
    static BufferedImage crop(BufferedImage image, int ratioW, int ratioH, int maxWidth) {
        int w = image.getWidth();
        int h = image.getHeight();
        int cropW = w;
        int cropH = (int) Math.round((double) w * ratioH / ratioW);
        if (cropH > h) {
            cropH = h;
            cropW = Math.max(1, (int) Math.round((double) h * ratioW / ratioH));
        }
        BufferedImage part = image.getSubimage((w - cropW) / 2, (h - cropH) / 2, cropW, cropH);
        int outW = Math.min(maxWidth, cropW);
        int outH = Math.max(1, (int) Math.round((double) outW * ratioH / ratioW));
        return toSize(copy(part), outW, outH);
    }

    private static BufferedImage copy(BufferedImage part) {
        return draw(part, part.getWidth(), part.getHeight(), RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, image.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
