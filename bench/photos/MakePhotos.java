import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Generated photographs, for the ministry's seed stories (whose photos were not scraped) and
 * for the image benchmark. A meeting-room scene: a window wall, a long table, flags and the
 * silhouettes of the delegations, with sensor noise so that it compresses like a photo.
 *
 *   java bench/photos/MakePhotos.java scene OUT.jpg WIDTH HEIGHT SEED [QUALITY]
 *   java bench/photos/MakePhotos.java many DIR COUNT WIDTH HEIGHT     (DIR/photo-0001.jpg, …)
 */
public class MakePhotos {
    public static void main(String[] args) throws IOException {
        if (args.length >= 5 && args[0].equals("scene")) {
            float quality = args.length > 5 ? Float.parseFloat(args[5]) : 0.8f;
            write(scene(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4])),
                    Path.of(args[1]), quality);
        } else if (args.length == 5 && args[0].equals("many")) {
            Path dir = Files.createDirectories(Path.of(args[1]));
            int count = Integer.parseInt(args[2]);
            // one photo per core at a time: a thousand 12-megapixel scenes take minutes each core
            java.util.stream.IntStream.rangeClosed(1, count).parallel().forEach(i -> {
                try {
                    write(scene(Integer.parseInt(args[3]), Integer.parseInt(args[4]), i),
                            dir.resolve(String.format("photo-%04d.jpg", i)), 0.9f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } else {
            System.err.println("usage: scene OUT.jpg WIDTH HEIGHT SEED [QUALITY] | many DIR COUNT WIDTH HEIGHT");
            System.exit(2);
        }
    }

    static BufferedImage scene(int w, int h, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = random.nextFloat();
        // the wall and its windows
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.12f, 0.95f), 0, h * 0.6f,
                Color.getHSBColor(hue, 0.18f, 0.75f)));
        g.fillRect(0, 0, w, h);
        int windows = 3 + random.nextInt(3);
        for (int i = 0; i < windows; i++) {
            int x = w * (2 * i + 1) / (2 * windows) - w / (3 * windows);
            g.setPaint(new GradientPaint(0, h * 0.05f, new Color(170, 205, 240), 0, h * 0.45f, new Color(225, 238, 250)));
            g.fillRect(x, (int) (h * 0.06), 2 * w / (3 * windows), (int) (h * 0.38));
            g.setColor(new Color(120, 120, 125));
            g.setStroke(new BasicStroke(Math.max(2, w / 400f)));
            g.drawRect(x, (int) (h * 0.06), 2 * w / (3 * windows), (int) (h * 0.38));
        }
        // the flags on the table
        Color[][] flags = {
                {new Color(200, 16, 46), new Color(0, 122, 61)},
                {new Color(255, 255, 255), new Color(0, 57, 166), new Color(213, 43, 30)},
                {new Color(222, 41, 16), new Color(255, 222, 0)},
                {new Color(0, 175, 202), new Color(254, 197, 0)},
                {new Color(255, 153, 51), new Color(255, 255, 255), new Color(19, 136, 8)}};
        int people = 5 + random.nextInt(4);
        for (int i = 0; i < people; i++) {
            int cx = w * (2 * i + 1) / (2 * people);
            // a delegate: shoulders and head, in a dark suit
            g.setColor(Color.getHSBColor(0.6f, 0.2f, 0.15f + random.nextFloat() * 0.2f));
            g.fillRoundRect(cx - w / 22, (int) (h * 0.52), w / 11, (int) (h * 0.25), w / 30, w / 30);
            g.setColor(new Color(225 - random.nextInt(60), 185 - random.nextInt(60), 160 - random.nextInt(60)));
            g.fillOval(cx - w / 60, (int) (h * 0.44), w / 30, (int) (h * 0.1));
            Color[] flag = flags[random.nextInt(flags.length)];
            int fx = cx + w / 30;
            g.setColor(new Color(90, 90, 90));
            g.fillRect(fx, (int) (h * 0.55), Math.max(2, w / 600), (int) (h * 0.13));
            for (int s = 0; s < flag.length; s++) {
                g.setColor(flag[s]);
                g.fillRect(fx, (int) (h * 0.55) + s * (h / 20) / flag.length, w / 28, (h / 20) / flag.length + 1);
            }
        }
        // the table
        g.setPaint(new GradientPaint(0, h * 0.68f, new Color(120, 78, 45), 0, h, new Color(70, 42, 22)));
        g.fillRect(0, (int) (h * 0.68), w, h);
        g.setColor(new Color(245, 245, 240));
        for (int i = 0; i < people; i++) {
            int cx = w * (2 * i + 1) / (2 * people);
            g.fillRect(cx - w / 40, (int) (h * 0.74), w / 20, (int) (h * 0.06));
        }
        g.dispose();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(7) - 3;
                int rgb = row[x];
                row[x] = clamp((rgb >> 16 & 0xFF) + n) << 16 | clamp((rgb >> 8 & 0xFF) + n) << 8 | clamp((rgb & 0xFF) + n);
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
        return image;
    }

    static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static void write(BufferedImage image, Path out, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(Files.newOutputStream(out))) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
