package briefs.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart ready to be painted: all the PDF writer knows of a chart. It draws itself as vector
 * graphics into any area it is given, so the writer places it without knowing how it was made
 * (JFreeChart stays in this stage).
 */
@FunctionalInterface
public interface Chart {
    /** Draws the chart to fill {@code area} of {@code g}, in the units of {@code g} (points in a PDF). */
    void draw(Graphics2D g, Rectangle2D area);
}
