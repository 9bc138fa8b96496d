package by.vestnik.images;

/** An image that cannot be published; the message says why and what to do, for a diagnostic. */
public final class ImageProblem extends Exception {
    public ImageProblem(String message) {
        super(message);
    }
}
