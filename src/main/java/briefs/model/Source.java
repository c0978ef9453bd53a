package briefs.model;

/** A data set the briefs rest on, with who publishes it and how recent it is. */
public record Source(String id, String title, String publisher, String url, String asOf, String note) {
}
