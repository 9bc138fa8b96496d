package by.vestnik.render;

import by.vestnik.diag.Diagnostic;
import by.vestnik.diag.Severity;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker, configured once per build: the project's {@code templates/} first, then the layouts
 * embedded in the plugin, file by file. {@code .ftlh} and {@code .ftlx} templates auto-escape.
 * Template problems become diagnostics naming the template file and line.
 */
public final class TemplateEngine {
    static final String EMBEDDED = "/vestnik/templates";

    private final Configuration configuration;
    private final Path templatesDir;

    public TemplateEngine(Path templatesDir) {
        this.templatesDir = templatesDir;
        configuration = new Configuration(Configuration.VERSION_2_3_35);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(templatesDir)) {
            try {
                loaders.add(new FileTemplateLoader(templatesDir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates from " + templatesDir, e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, EMBEDDED));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /** Renders a template, or throws {@link TemplateProblem} naming the template file and line. */
    public byte[] render(String templateName, Map<String, Object> model) {
        return renderText(templateName, model).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * As {@link #render(String, Map)}, for a file expected to be large: its text goes straight
     * into bytes, in a buffer of about the size expected. A sitemap of 43,000 pages is 18 MB; as
     * text first it was held three times over. (For a small file encoding the text at once is quicker.)
     */
    public byte[] render(String templateName, Map<String, Object> model, int expectedBytes) {
        if (expectedBytes < LARGE) {
            return render(templateName, model);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(expectedBytes);
        try (java.io.Writer writer = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            process(templateName, model, writer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a stream in memory does not fail
        }
        byte[] out = bytes.toByteArray();
        if (isBlank(out)) {
            throw blank(templateName);
        }
        return out;
    }

    private static final int LARGE = 1 << 20;

    /** As {@link #render}, as text: for a sink that reads the page as it is written. */
    public String renderText(String templateName, Map<String, Object> model) {
        StringWriter writer = new StringWriter(16 * 1024);
        process(templateName, model, writer);
        String out = writer.toString();
        if (out.isBlank()) {
            throw blank(templateName);
        }
        return out;
    }

    private static boolean isBlank(byte[] text) {
        for (byte b : text) {
            if (b > ' ') {
                return false; // a visible ASCII character
            }
            if (b < 0) {
                // beyond ASCII: blank only if it is all white space as text (U+2003 and the like)
                return new String(text, StandardCharsets.UTF_8).isBlank();
            }
        }
        return true;
    }

    private TemplateProblem blank(String templateName) {
        return problem(templateName, 0, 0, "the template produced an empty page; it must write the whole "
                + "document (copy the plugin's " + templateName + " to start from)");
    }

    private void process(String templateName, Map<String, Object> model, java.io.Writer writer) {
        try {
            Template template = configuration.getTemplate(templateName);
            template.process(model, writer);
        } catch (ParseException e) {
            throw problem(e.getTemplateName() != null ? e.getTemplateName() : templateName, e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + oneLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            String expression = e.getBlamedExpressionString();
            throw problem(e.getTemplateSourceName() != null ? e.getTemplateSourceName() : templateName,
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
                    firstLine(e.getMessageWithoutStackTop()) + (expression == null ? "" : " [in ${" + expression + "}]"));
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw problem(templateName, 0, 0, "template not found in " + templatesDir + " or the plugin");
        } catch (SecurityException e) {
            // FreeMarker's file loader refuses a file whose real path is outside the templates directory
            throw problem(templateName, 0, 0, "the template leads outside " + templatesDir
                    + " (a symbolic link?); copy the file into the templates directory instead");
        } catch (IOException e) {
            throw problem(templateName, 0, 0, "cannot read the template: " + java.util.Objects.toString(e.getMessage(), e.toString()));
        }
    }

    /** Where a template comes from: the project's file, or the copy embedded in the plugin. */
    public Path sourceOf(String templateName) {
        Path own = templatesDir.resolve(templateName);
        return Files.isRegularFile(own) ? own : Path.of("[embedded]", templateName);
    }

    private TemplateProblem problem(String templateName, int line, int column, String message) {
        return new TemplateProblem(new Diagnostic(sourceOf(templateName), line, column, Severity.ERROR, message));
    }

    /** FreeMarker's message, all of it (the patterns it expected come on lines of their own), on one line. */
    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\n\\s*", " ");
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    /** A template that failed to parse or render. */
    public static final class TemplateProblem extends RuntimeException {
        private final transient Diagnostic diagnostic;

        TemplateProblem(Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
