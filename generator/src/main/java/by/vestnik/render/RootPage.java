package by.vestnik.render;

/** The root {@code index.html}: a chooser that sends readers to their language's news. */
public final class RootPage {
    private final RenderContext context;

    public RootPage(RenderContext context) {
        this.context = context;
    }

    public void render(PageSink sink) {
        var model = context.model(context.views.chooser());
        sink.write("index.html", context.templates.render("index.ftlh", model));
    }
}
