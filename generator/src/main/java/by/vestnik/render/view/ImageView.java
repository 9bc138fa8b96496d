package by.vestnik.render.view;

/**
 * A photo as templates show it: {@code src} (a middle-sized copy), {@code srcset} of every copy
 * with its width, the same for the WebP copies ({@code webpSrcset}, empty when there are none), the
 * picture's width and height (for the aspect ratio), and its alt text.
 */
public record ImageView(String src, String srcset, String webpSrcset, int width, int height, String alt) {
}
