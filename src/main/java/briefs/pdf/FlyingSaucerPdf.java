package briefs.pdf;

import briefs.files.AtomicFile;
import briefs.model.BadInputException;
import briefs.model.Problem;
import briefs.render.Chart;
import briefs.render.Typeface;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.openpdf.text.DocumentException;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XHTML and charts to PDF, through Flying Saucer on OpenPDF: the one class that knows them.
 *
 * <p>Make one per process and share it: it parses the {@link Typeface} files once. Each
 * {@link #write} builds its own renderer (Flying Saucer's renderer is not thread-safe), so
 * threads may write briefs at the same time. Fonts are embedded and subset; charts are painted
 * as vector graphics ({@link ChartElement}); the document info comes from the XHTML's
 * {@code <title>} and {@code <meta name="author|subject|keywords">}; bookmarks from its
 * {@code <bookmarks>}.
 */
public final class FlyingSaucerPdf {
    private static final DefaultHandler QUIET = new DefaultHandler();
    /** The templates folder's element defaults, read in place of Flying Saucer's own when present. */
    static final String DEFAULTS = "defaults.css";
    private final DocumentBuilderFactory xml;
    /** A parser per thread, reset for each document: making one took a quarter of the time of parsing a brief. */
    private final ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(this::newBuilder);

    public FlyingSaucerPdf() {
        PageFaces.of(Typeface.Cover.LATIN); // parsed here, not in the first brief's time
        xml = DocumentBuilderFactory.newInstance();
        try {
            // Template output is parsed as plain XML: no DTDs fetched, no external entities.
            xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            xml.setFeature("http://xml.org/sax/features/external-general-entities", false);
            xml.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a safety feature", e);
        }
        xml.setNamespaceAware(true);
        xml.setExpandEntityReferences(false);
    }

    /**
     * Writes the PDF of an XHTML document to {@code target}, atomically.
     *
     * @param xhtml   the document, as a template wrote it
     * @param baseDir the folder its relative links (the stylesheet) resolve against
     * @param source  names the document in error messages (its template)
     * @param charts  the charts its {@code <object type="application/x-chart" data="ID">} elements place
     */
    public void write(Path target, String xhtml, Path baseDir, String source, Map<String, Chart> charts)
            throws IOException {
        stage(target, xhtml, baseDir, source, charts).commitOrDiscard();
    }

    /** As {@link #write}, but the PDF waits under a temporary name for {@link AtomicFile.Staged#commit}. */
    public AtomicFile.Staged stage(Path target, String xhtml, Path baseDir, String source,
                                   Map<String, Chart> charts) throws IOException {
        Document doc = parse(xhtml, source);
        PageFaces faces = faces(xhtml, charts);
        return AtomicFile.stage(target, out -> layOut(doc, faces, baseDir, source, charts).write(source, out));
    }

    /**
     * As {@link #stage}, for a document made in several layouts, loosest first: the PDF is the
     * first layout that fits in {@code maxPages} pages, or the last one. A layout is made only
     * when the one before it ran over.
     */
    public AtomicFile.Staged stage(Path target, List<Supplier<String>> layouts, int maxPages, Path baseDir,
                                   String source, Map<String, Chart> charts) throws IOException {
        return AtomicFile.stage(target, out -> {
            for (int i = 0; i < layouts.size(); i++) {
                String xhtml = layouts.get(i).get();
                Document doc = parse(xhtml, source);
                LaidOut laidOut = layOut(doc, faces(xhtml, charts), baseDir, source, charts);
                if (i == layouts.size() - 1 || laidOut.renderer().getRootBox().getLayer().getPages().size() <= maxPages) {
                    laidOut.write(source, out);
                    return;
                }
            }
        });
    }

    /** Renders to a stream (the caller closes it). */
    public void render(Document doc, Path baseDir, String source, Map<String, Chart> charts, OutputStream out)
            throws IOException {
        layOut(doc, faces(doc.getDocumentElement().getTextContent(), charts), baseDir, source, charts).write(source, out);
    }

    /** The faces that can show the document's text and its charts' (see {@link PageFaces}). */
    private static PageFaces faces(String text, Map<String, Chart> charts) {
        List<String> texts = new java.util.ArrayList<>(charts.size() + 1);
        texts.add(text);
        for (Chart chart : charts.values()) {
            if (chart != null && chart.description() != null) {
                texts.add(chart.description());
            }
        }
        return PageFaces.forText(texts.toArray(String[]::new));
    }

    /** A document laid out in pages, with the agent that loaded what it links to. */
    private record LaidOut(ITextRenderer renderer, TemplateFolderAgent agent) {
        void write(String source, OutputStream out) throws IOException {
            try {
                renderer.createPDF(out);
            } catch (DocumentException e) {
                throw new IOException("cannot write PDF: " + e.getMessage(), e);
            }
            // Images are loaded while painting, so the check follows createPDF; the caller discards the stream.
            agent.checkNothingRefused(source);
        }
    }

    private LaidOut layOut(Document doc, PageFaces faces, Path baseDir, String source, Map<String, Chart> charts) {
        // Tagged PDF/UA-1 and PDF/A-2a (issue 14): a device that marks what it paints, links kept
        // for it to annotate, each chart a Figure described by its data, metadata and intent.
        XhtmlLinks links = new XhtmlLinks();
        links.defaults(baseDir.resolve(DEFAULTS));
        ITextOutputDevice device = new TaggedOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT, links,
                e -> ChartElementFactory.isChart(e) ? description(charts.get(e.getAttribute("data")))
                        : e.getAttribute("alt"), faces.shown());
        TemplateFolderAgent agent = new TemplateFolderAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, baseDir);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, new OwnFacesOnly());
        renderer.getFontResolver().getFonts().putAll(faces.families());
        WorkerStylesheets.share(renderer, agent);
        renderer.getSharedContext().setTextRenderer(new ShownTextRenderer(faces.shown()));
        renderer.getSharedContext().setLineBreakingStrategy(new LongWordBreaks());
        renderer.getSharedContext().setReplacedElementFactory(new ChartElementFactory(renderer.getOutputDevice(),
                charts, faces.mapper(), renderer.getSharedContext().getDotsPerPixel(), source));
        renderer.setDocument(doc, baseDir.toUri().toString(), links);
        renderer.setListener(new ArchivalMetadata(doc));
        // PDF 1.7 (ISO 32000-1), which PDF/A-2 builds on; it also keeps the document info
        // dictionary (title, subject, author, keywords) that viewers show, deprecated in PDF 2.0.
        renderer.setPDFVersion("1.7");
        renderer.layout();
        WorkerStylesheets.laidOut(agent);
        return new LaidOut(renderer, agent);
    }

    private static String description(Chart chart) {
        return chart == null ? null : chart.description();
    }

    /** Parses template output; a malformed document is the template's fault, so it is bad input. */
    public Document parse(String xhtml, String source) {
        try {
            DocumentBuilder builder = builders.get();
            builder.reset(); // also after a document that failed half-way
            builder.setErrorHandler(QUIET); // fatal errors throw; nothing printed
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new BadInputException(new Problem(source, "output line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber(), "the template wrote XHTML that is not well-formed: "
                    + e.getMessage()), e);
        } catch (SAXException | IOException e) {
            throw new BadInputException(new Problem(source, null,
                    "the template wrote XHTML that cannot be read: " + e.getMessage()), e);
        }
    }

    private DocumentBuilder newBuilder() {
        try {
            return xml.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser misconfigured", e);
        }
    }
}
