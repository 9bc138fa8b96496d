package by.vestnik.images;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * Readers made directly from their providers: inside Maven a plugin's ImageIO providers are not
 * in the JVM-wide registry (it scans the class path Maven started with), and this way no other
 * plugin's registration changes which reader decodes a story's photo.
 */
final class ImageReaders {
    private static final ImageReaderSpi JPEG = registered(new JPEGImageReaderSpi());
    private static final ImageReaderSpi WEBP = registered(new WebPImageReaderSpi());

    private ImageReaders() {
    }

    static ImageReader create(ImageFormat format) throws IOException {
        return switch (format) {
            case JPEG -> JPEG.createReaderInstance();
            case WEBP -> WEBP.createReaderInstance();
            case PNG -> jdkPng();
        };
    }

    /**
     * A provider registered in a registry of its own, beside the JDK's readers: TwelveMonkeys'
     * JPEG reader finds the JDK's, which it delegates the entropy decoding to, on registration.
     */
    private static ImageReaderSpi registered(ImageReaderSpi provider) {
        ServiceRegistry registry = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false).forEachRemaining(jdk -> {
            if (jdk.getClass().getName().startsWith("com.sun.imageio.")) {
                registry.registerServiceProvider(jdk, ImageReaderSpi.class);
            }
        });
        registry.registerServiceProvider(provider, ImageReaderSpi.class);
        return provider;
    }

    /** The JDK's own PNG reader: part of java.desktop, always there. */
    private static ImageReader jdkPng() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio.")) {
                return reader;
            }
            reader.dispose();
        }
        throw new IllegalStateException("this JVM has no PNG reader (java.desktop is missing)");
    }
}
