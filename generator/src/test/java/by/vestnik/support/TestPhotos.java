package by.vestnik.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photographs made in the test: a sky-to-ground gradient with shapes and sensor noise (so that
 * they compress like photos, not like flat drawings), written as a camera writes them, with EXIF
 * (GPS position, camera serial number, orientation) and XMP, by Apache Commons Imaging.
 */
public final class TestPhotos {
    /** Where the "camera" says the photo was taken: central Minsk. */
    public static final double LATITUDE = 53.9023;
    public static final double LONGITUDE = 27.5619;
    public static final String SERIAL = "CAM-SERIAL-0042";

    private TestPhotos() {
    }

    /** A photo-like picture, the same for the same arguments. */
    public static BufferedImage picture(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 210), 0, height, new Color(60, 110, 40)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 8, height / 8);
        }
        // a red mark in the top-left corner, to see which way up the published copies are
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        for (int y = 0; y < height; y += 1) {
            for (int x = 0; x < width; x += 1) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(9) - 4;
                image.setRGB(x, y, clamp((rgb >> 16 & 0xFF) + n) << 16 | clamp((rgb >> 8 & 0xFF) + n) << 8 | clamp((rgb & 0xFF) + n));
            }
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A camera JPEG: the picture with EXIF (GPS, serial number, orientation) and XMP. */
    public static byte[] cameraJpeg(BufferedImage image, int orientation) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "TestCam");
            root.add(TiffTagConstants.TIFF_TAG_MODEL, "TC-1");
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, SERIAL);
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            ByteArrayOutputStream withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(image), withExif, exif);
            ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                            + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"Photographer\"/>"
                            + "</rdf:RDF></x:xmpmeta>");
            return withXmp.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the file holds no EXIF, GPS, XMP, IPTC, ICC or Photoshop metadata, read back with metadata-extractor. */
    public static void assertNoMetadata(java.nio.file.Path file) throws Exception {
        com.drew.metadata.Metadata metadata = com.drew.imaging.ImageMetadataReader.readMetadata(file.toFile());
        for (com.drew.metadata.Directory directory : metadata.getDirectories()) {
            String name = directory.getName();
            org.junit.jupiter.api.Assertions.assertFalse(name.startsWith("Exif") || name.startsWith("GPS") || name.equals("XMP") || name.equals("IPTC")
                    || name.startsWith("ICC") || name.equals("Photoshop"), file + " keeps " + name + ": " + directory.getTags());
        }
        String bytes = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertFalse(bytes.contains(SERIAL), file + " keeps the camera's serial number");
        org.junit.jupiter.api.Assertions.assertFalse(bytes.contains("TestCam"), file + " keeps the camera's make");
    }
}
