package briefs.web;

/** A path, country or month that does not exist here: answered 404 with a page saying what. */
final class NotFound extends RuntimeException {
    NotFound(String what) {
        super(what);
    }
}
