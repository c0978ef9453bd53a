package briefs.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The stylesheets of the templates, parsed once per thread instead of once per document. Flying
 * Saucer keeps parsed stylesheets in a cache of its style reference, but every renderer
 * makes its own; this class gives each new renderer the reference its thread used before.
 * The cache is not thread-safe, hence one per thread (one per worker of a bulk run). Flying
 * Saucer's default configuration ({@code xr.cache.stylesheets=false}) empties that cache at the
 * start of every document; the reference kept here ignores that request and empties itself only
 * for the reasons below.
 *
 * <p>What the cache must not hide: a stylesheet edited on disk (a template designer's next brief
 * from {@code briefs serve} shows the change: each file read is remembered with its time of
 * change, and a changed one empties the cache), and a stylesheet the {@link TemplateFolderAgent}
 * refused (Flying Saucer caches the failure as "no stylesheet"; the cache is emptied so the next
 * document is refused too, and reported).
 */
final class WorkerStylesheets {
    private static final ThreadLocal<WorkerStylesheets> PER_THREAD = ThreadLocal.withInitial(WorkerStylesheets::new);

    private TemplateStyles css;
    private final Map<Path, FileTime> read = new HashMap<>();

    private WorkerStylesheets() {
    }

    /** Gives {@code renderer}, before its document is set, this thread's parsed stylesheets. */
    @SuppressWarnings("deprecation") // setCss is the only way in; Flying Saucer keeps it for this use
    static void share(ITextRenderer renderer, TemplateFolderAgent agent) {
        WorkerStylesheets mine = PER_THREAD.get();
        if (mine.css == null || mine.changed()) {
            mine.css = new TemplateStyles(agent);
            mine.read.clear();
        }
        mine.css.setUserAgentCallback(agent);
        agent.onFileRead(mine::remember);
        renderer.getSharedContext().setCss(mine.css);
    }

    /** After a document is laid out: forgets the cache when the agent refused anything, so the next document is refused too. */
    static void laidOut(TemplateFolderAgent agent) {
        WorkerStylesheets mine = PER_THREAD.get();
        if (agent.refusedAny() && mine.css != null) {
            mine.css = null;
            mine.read.clear();
        }
    }

    private void remember(Path file) {
        read.put(file, modified(file));
    }

    private boolean changed() {
        for (Map.Entry<Path, FileTime> e : read.entrySet()) {
            if (!e.getValue().equals(modified(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(-1); // gone: differs from any time it was read at
        }
    }
}
