package by.vestnik.images;

import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * WebP copies of photographs through libwebp (usefulness/webp-imageio, which ships the native
 * library for Linux, macOS and Windows inside its jar). Lossy at quality 0.75, which looks like
 * the JPEG copies at about two thirds of their bytes; written without metadata, deterministic.
 * Where the native library cannot be loaded (another platform), {@link #AVAILABLE} is false and
 * the site offers JPEG alone.
 */
final class WebPEncoder {
    static final float QUALITY = 0.75f;
    private static final WebPImageWriterSpi PROVIDER = new WebPImageWriterSpi();
    static final boolean AVAILABLE = probe();

    private WebPEncoder() {
    }

    private static boolean probe() {
        try {
            return encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)).length > 0;
        } catch (LinkageError | RuntimeException unavailable) {
            return false;
        }
    }

    static byte[] encode(BufferedImage image) {
        ImageWriter writer = PROVIDER.createWriterInstance(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            WebPWriteParam param = new WebPWriteParam(writer.getLocale());
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a WebP image in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
