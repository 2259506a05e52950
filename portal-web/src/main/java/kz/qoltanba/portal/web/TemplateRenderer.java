package kz.qoltanba.portal.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders the JTE templates of {@code src/main/jte}, compiled to classes at build time. */
public final class TemplateRenderer {
    private final TemplateEngine engine;

    private TemplateRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public static TemplateRenderer precompiled() {
        return new TemplateRenderer(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** The HTML of {@code template} (path under {@code src/main/jte}, e.g. {@code "common/home.jte"}). */
    public String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return output.toString();
    }
}
