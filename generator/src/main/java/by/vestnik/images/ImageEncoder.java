package by.vestnik.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the published copies with the JDK's encoders and no metadata at all: the image is
 * written without an {@code IIOMetadata}, so no EXIF, XMP or IPTC can pass from the camera's
 * file (the JPEG gets only the JFIF header, the PNG no text chunks). Both are deterministic.
 */
final class ImageEncoder {
    /** JPEG quality: at 0.8 photos show no visible artefacts at their displayed size. */
    static final float JPEG_QUALITY = 0.8f;

    private ImageEncoder() {
    }

    static byte[] encode(BufferedImage image, String extension) {
        return extension.equals("png") ? write(image, "png", null) : jpeg(image);
    }

    private static byte[] jpeg(BufferedImage image) {
        BufferedImage opaque = image;
        if (image.getColorModel().hasAlpha()) {
            throw new IllegalArgumentException("a JPEG has no transparency: write PNG");
        }
        return write(opaque, "jpeg", param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        });
    }

    private interface Settings {
        void apply(ImageWriteParam param);
    }

    private static byte[] write(BufferedImage image, String format, Settings settings) {
        ImageWriter writer = jdkWriter(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (settings != null) {
                settings.apply(param);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an image in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter jdkWriter(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
            writer.dispose();
        }
        throw new IllegalStateException("this JVM has no " + format + " writer (java.desktop is missing)");
    }
}
