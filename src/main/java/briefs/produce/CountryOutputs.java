package briefs.produce;

import briefs.annex.PoiAnnex;
import briefs.derive.CountryFigures;
import briefs.files.AtomicFile;
import briefs.model.DataSet;
import briefs.pdf.CountryBriefPdf;
import briefs.pdf.FlyingSaucerPdf;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One country's outputs for one month: derive its figures, write the PDF brief, write the Excel
 * annex. Built once per process (templates compiled, fonts parsed once) and shared by every
 * worker: {@link #write} may be called from several threads at once. Used by {@code brief},
 * {@code all} and {@code bench}.
 */
public final class CountryOutputs {
    /** Which files a run makes for each country. */
    public enum Parts {
        BRIEF_AND_ANNEX(true, true), BRIEF_ONLY(true, false), ANNEX_ONLY(false, true);

        private final boolean brief;
        private final boolean annex;

        Parts(boolean brief, boolean annex) {
            this.brief = brief;
            this.annex = annex;
        }
    }

    /**
     * What was written for one country; a path is null for a part not asked for.
     *
     * @param figures the figures both files were made from (the index lists them)
     * @param brief   the brief in the first language asked for
     * @param annex   the annex in the first language asked for
     * @param others  the files of the other languages asked for (briefs and annexes, in that order per language)
     */
    public record Written(CountryFigures figures, Path brief, Path annex, List<Path> others) {
        public Written {
            others = List.copyOf(others);
        }

        public Written(CountryFigures figures, Path brief, Path annex) {
            this(figures, brief, annex, List.of());
        }

        /** Every file written, first language first. */
        public List<Path> files() {
            List<Path> all = new ArrayList<>();
            if (brief != null) {
                all.add(brief);
            }
            if (annex != null) {
                all.add(annex);
            }
            all.addAll(others);
            return all;
        }
    }

    /**
     * A part that could not be made: the file it was for, and the failure as it was thrown
     * (a template's or data file's {@link briefs.model.BadInputException}, a full disk, a bug).
     */
    public static final class PartFailed extends Exception {
        private final transient Path file;

        PartFailed(Path file, Throwable cause) {
            super(file + ": " + cause.getMessage(), cause);
            this.file = file;
        }

        /** The output file the failure was making. */
        public Path file() {
            return file;
        }

        /** Rethrows the failure as it was thrown: an {@link IOException}, a runtime exception or an error. */
        public IOException rethrow() {
            Throwable cause = getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            return cause instanceof IOException io ? io : new IOException(cause);
        }
    }

    private final CountryBriefPdf briefs;
    private final PoiAnnex annexes;
    private final Parts parts;
    private final ExecutorService side;
    private final Function<CountryFigures, List<Language>> languages;
    private final MadeFrom madeFrom;

    /**
     * Outputs that make the annex on {@code side} (null: on the calling thread) while the calling
     * thread makes the PDF: for one brief from a cold start, two cores set up and run POI and Flying
     * Saucer side by side. The caller owns the executor. Each file is labelled with what it is made
     * from ({@link MadeFrom}).
     */
    CountryOutputs(BriefTemplates templates, FlyingSaucerPdf pdf, Clock clock, Parts parts, ExecutorService side,
                   MadeFrom madeFrom) {
        this(new CountryBriefPdf(templates, pdf, clock), parts, side, f -> List.of(templates.language(Language.ENGLISH)),
                madeFrom);
    }

    private CountryOutputs(CountryBriefPdf briefs, Parts parts, ExecutorService side,
                           Function<CountryFigures, List<Language>> languages, MadeFrom madeFrom) {
        this.briefs = briefs;
        this.annexes = new PoiAnnex();
        this.parts = parts;
        this.side = side;
        this.languages = languages;
        this.madeFrom = madeFrom;
    }

    /**
     * The same outputs in the languages {@code languages} gives for each country (one list for
     * all, or each country's preferred languages), the first language's files first.
     */
    public CountryOutputs in(Function<CountryFigures, List<Language>> languages) {
        return new CountryOutputs(briefs, parts, side, languages, madeFrom);
    }

    /** A language of the templates folder, by code; an unknown one is bad input. */
    public Language language(String code) {
        return briefs.language(code);
    }

    /**
     * Writes the files of figures already derived, all or none: each part is made complete
     * under a temporary name, and only when every part is made are they renamed into place. A
     * failure in one (a template error in the brief, say) leaves the other's previous file as it
     * was and no temporary file behind. (Were the second rename itself to fail, after the
     * first, the two files would be from different runs; a rename in one folder fails only when
     * the folder is taken away.)
     */
    public Written write(CountryFigures figures, DataSet dataSet, Path outDir) throws PartFailed {
        List<Language> asked = languages.apply(figures);
        List<AtomicFile.Staged> staged = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            for (Language lang : asked) {
                stageOne(figures, dataSet, outDir, lang, staged, files);
            }
            if (files.isEmpty()) {
                return new Written(figures, null, null);
            }
            label(figures, staged);
            commitTogether(files.getFirst(), staged);
            staged.clear();
            Path brief = parts.brief ? files.get(0) : null;
            Path annex = parts.annex ? files.get(parts.brief ? 1 : 0) : null;
            int first = (parts.brief ? 1 : 0) + (parts.annex ? 1 : 0);
            return new Written(figures, brief, annex, files.subList(first, files.size()));
        } finally {
            staged.forEach(CountryOutputs::discard);
        }
    }

    /** Stages one language's parts, adding them and their target names to the lists. */
    private void stageOne(CountryFigures figures, DataSet dataSet, Path outDir, Language lang,
                          List<AtomicFile.Staged> staged, List<Path> files) throws PartFailed {
        Path briefFile = parts.brief ? outDir.resolve(CountryBriefPdf.fileName(figures, lang)) : null;
        Path annexFile = parts.annex ? outDir.resolve(PoiAnnex.fileName(figures, lang)) : null;
        Callable<AtomicFile.Staged> makeAnnex = () -> annexes.stage(figures, dataSet, annexFile, lang);
        Future<AtomicFile.Staged> pending = side != null && briefFile != null && annexFile != null
                ? side.submit(makeAnnex) : null;
        try {
            if (briefFile != null) {
                staged.add(made(briefFile, () -> briefs.stage(figures, dataSet, outDir, lang)));
                files.add(briefFile);
            }
            if (pending != null) {
                Future<AtomicFile.Staged> waited = pending;
                pending = null;
                staged.add(finished(annexFile, waited));
                files.add(annexFile);
            } else if (annexFile != null) {
                staged.add(made(annexFile, makeAnnex));
                files.add(annexFile);
            }
        } finally {
            discard(pending);
        }
    }

    private static AtomicFile.Staged made(Path file, Callable<AtomicFile.Staged> part) throws PartFailed {
        try {
            return part.call();
        } catch (Exception | StackOverflowError e) {
            throw new PartFailed(file, e);
        }
    }

    /** Both parts renamed into place, or neither: the failure names the file that could not be replaced. */
    private static void commitTogether(Path first, List<AtomicFile.Staged> group) throws PartFailed {
        try {
            AtomicFile.commitTogether(group);
        } catch (FileSystemException e) {
            throw new PartFailed(e.getFile() != null ? Path.of(e.getFile()) : first, e);
        } catch (IOException | RuntimeException e) {
            throw new PartFailed(first, e);
        }
    }

    private static AtomicFile.Staged finished(Path file, Future<AtomicFile.Staged> pending) throws PartFailed {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartFailed(file, new IOException("interrupted while the annex was written", e));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error err && !(err instanceof StackOverflowError)) {
                throw err;
            }
            throw new PartFailed(file, cause);
        }
    }

    /** Waits for a part still being made elsewhere and deletes it: its partner failed. */
    private static void discard(Future<AtomicFile.Staged> pending) {
        if (pending == null) {
            return;
        }
        try {
            discard(pending.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // its own failure is moot: the other part's is reported
        }
    }

    private static void discard(AtomicFile.Staged part) {
        if (part != null) {
            try {
                part.close();
            } catch (IOException e) {
                // a temporary file that cannot be deleted is swept by the next run in the folder
            }
        }
    }

    /** Labels staged files with what they are made from, the same label for all of a country's. */
    private void label(CountryFigures figures, List<AtomicFile.Staged> staged) {
        if (madeFrom != null) {
            String label = madeFrom.sources(figures.country().iso3()).label();
            staged.forEach(s -> s.label(MadeFrom.LABEL, label));
        }
    }

    /** The PDF brief alone, {@code <out>/<ISO3>-brief-<YYYY-MM>.pdf}. */
    public Path brief(CountryFigures figures, DataSet dataSet, Path outDir) throws IOException {
        Path target = outDir.resolve(CountryBriefPdf.fileName(figures));
        commitAlone(figures, briefs.stage(figures, dataSet, outDir));
        return target;
    }

    /** The Excel annex alone, {@code <out>/<ISO3>-annex-<YYYY-MM>.xlsx}. */
    public Path annex(CountryFigures figures, DataSet dataSet, Path outDir) throws IOException {
        Path target = outDir.resolve(PoiAnnex.fileName(figures));
        commitAlone(figures, annexes.stage(figures, dataSet, target));
        return target;
    }

    private void commitAlone(CountryFigures figures, AtomicFile.Staged file) throws IOException {
        try (file) {
            label(figures, List.of(file));
            file.commit();
        }
    }

    public Parts parts() {
        return parts;
    }
}
