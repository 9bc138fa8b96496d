package by.vestnik.images;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a photo into sRGB pixels the right way up, no larger than its copies need: the reader
 * skips rows and columns while it decodes (source subsampling), so a 50-megapixel photo is held
 * at a fraction of its size and the heap needed does not grow with the camera's resolution.
 */
final class ImageDecoder {
    /** Decoded pixels keep this much more width than the widest copy, so scaling down stays smooth. */
    private static final double HEADROOM = 1.5;

    private ImageDecoder() {
    }

    static BufferedImage decode(Path file, ImageHeader header, int widestCopy) throws ImageProblem {
        int step = Math.max(1, (int) Math.floor(header.shownWidth() / (HEADROOM * widestCopy)));
        BufferedImage decoded;
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageReaders.create(header.format());
            try {
                reader.setInput(stream, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                decoded = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw ImageHeader.damaged(header.format());
        }
        if (decoded == null) {
            throw ImageHeader.damaged(header.format());
        }
        return Orientation.apply(toSrgb(decoded), header.orientation());
    }

    /** Into 8-bit sRGB, alpha kept where there is any: colour profiles are converted, not dropped. */
    static BufferedImage toSrgb(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space.isCS_sRGB()) {
            var g = out.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        } else {
            new ColorConvertOp(space, ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, out);
        }
        return out;
    }
}
