package briefs.pdf;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;

/**
 * Flying Saucer's user agent, confined to the templates folder. A stylesheet, image or font that
 * a template names is read only when it is a file inside that folder (symbolic links resolved);
 * an {@code http:} address, a {@code jar:} or {@code classpath:} resource, or a file elsewhere is
 * never opened. Templates come from designers and {@code --templates DIR}: without this, a
 * template could make a brief fetch from the network or copy any readable file into a PDF.
 *
 * <p>Flying Saucer swallows and logs the failures of loading a resource, so a refusal is
 * remembered here and turned into bad input by {@link #checkNothingRefused} after layout.
 * One instance serves one renderer, hence one thread.
 */
final class TemplateFolderAgent extends ITextUserAgent {
    /** Flying Saucer reads its default stylesheet for XHTML through the user agent too. */
    private static final URL DEFAULT_STYLESHEET = XhtmlCssOnlyNamespaceHandler.class
            .getResource("/resources/css/XhtmlNamespaceHandler.css");

    private final Path folder;
    private final Set<String> refused = new LinkedHashSet<>();
    private Consumer<Path> fileRead = file -> { };

    TemplateFolderAgent(ITextOutputDevice device, int dotsPerPixel, Path templatesDir) {
        super(device, dotsPerPixel);
        try {
            this.folder = templatesDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates folder " + templatesDir, e);
        }
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        if (uri != null && uri.startsWith("data:")) {
            return super.resolveAndOpenStream(uri); // inline data: nothing is fetched
        }
        String resolved = resolveURI(uri);
        if (DEFAULT_STYLESHEET != null && DEFAULT_STYLESHEET.toString().equals(resolved)) {
            return super.resolveAndOpenStream(resolved); // the renderer's own XHTML defaults, from its jar
        }
        Path file = fileInFolder(resolved);
        if (file == null) {
            refused.add(resolved);
            return null;
        }
        try {
            InputStream in = Files.newInputStream(file);
            fileRead.accept(file);
            return in;
        } catch (IOException e) {
            return null; // a missing file inside the folder: Flying Saucer skips it, as it always has
        }
    }

    /** The file an address names when it lies inside the templates folder, else null. */
    private Path fileInFolder(String address) {
        if (address == null) {
            return null;
        }
        try {
            URI u = new URI(address);
            if (!"file".equalsIgnoreCase(u.getScheme())) {
                return null;
            }
            Path path = Path.of(u).normalize();
            Path real = Files.exists(path) ? path.toRealPath() : path;
            return real.startsWith(folder) ? real : null;
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    /** Tells {@code listener} of each file read from the templates folder (for {@link WorkerStylesheets}). */
    void onFileRead(Consumer<Path> listener) {
        fileRead = listener;
    }

    boolean refusedAny() {
        return !refused.isEmpty();
    }

    /** Throws bad input naming every resource the document asked for outside the templates folder. */
    void checkNothingRefused(String source) {
        if (!refused.isEmpty()) {
            throw new BadInputException(new Problem(source, null, "the template refers to "
                    + String.join(", ", refused) + "; a brief may only use files inside the templates folder "
                    + folder.getFileName() + " (nothing is fetched from the network or read from elsewhere)"));
        }
    }
}
