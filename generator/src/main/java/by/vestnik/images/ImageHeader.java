package by.vestnik.images;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an image file's header says, read without decoding a pixel: its format, its stored size
 * and the EXIF orientation the camera recorded. The limits are checked here, before anything
 * large is allocated: a file of a few kilobytes may announce a 50,000 × 50,000 picture.
 *
 * @param width       stored width, before the orientation is applied
 * @param orientation EXIF orientation, 1 (as stored) to 8
 */
record ImageHeader(ImageFormat format, int width, int height, int orientation) {

    /** Width and height as the picture is seen, after the orientation is applied. */
    int shownWidth() {
        return orientation >= 5 ? height : width;
    }

    int shownHeight() {
        return orientation >= 5 ? width : height;
    }

    static ImageHeader read(Path file, ImageOptions options) throws ImageProblem {
        long size;
        byte[] head = new byte[32];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ImageProblem("cannot read the image: " + e.getMessage());
        }
        if (size > options.maxFileBytes()) {
            throw new ImageProblem("the image file is " + megabytes(size) + " MB, more than the limit of "
                    + megabytes(options.maxFileBytes()) + " MB; export it at a smaller size or a lower quality");
        }
        byte[] start = java.util.Arrays.copyOf(head, read);
        ImageFormat format = ImageFormat.sniff(start).orElseThrow(() -> {
            String other = ImageFormat.describeOther(start);
            return new ImageProblem((other.isEmpty() ? "the file is not an image Vestnik can read"
                    : "the file is " + other + ", which Vestnik does not publish")
                    + "; save it as JPEG (photographs) or PNG (drawings, screenshots)");
        });
        int width;
        int height;
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageReaders.create(format);
            try {
                reader.setInput(stream, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(format);
        }
        if (width < 1 || height < 1) {
            throw damaged(format);
        }
        long pixels = (long) width * height;
        if (pixels > options.maxPixels()) {
            throw new ImageProblem(String.format(Locale.ROOT,
                    "the image is %d × %d pixels (%.0f megapixels), more than the limit of %d megapixels; "
                            + "scale it down before adding it", width, height, pixels / 1e6, options.maxPixels() / 1_000_000));
        }
        return new ImageHeader(format, width, height, orientation(file));
    }

    static ImageProblem damaged(ImageFormat format) {
        return new ImageProblem("the " + format + " image cannot be decoded: the file is damaged or incomplete; "
                + "export it again from the original");
    }

    /** The EXIF orientation, or 1 when there is none (or it is unreadable: the pixels are then taken as stored). */
    private static int orientation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            for (ExifIFD0Directory directory : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int value = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (ImageProcessingException | IOException | com.drew.metadata.MetadataException | RuntimeException e) {
            return 1;
        }
        return 1;
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
