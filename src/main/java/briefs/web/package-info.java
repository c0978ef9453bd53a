/**
 * The web door ({@code briefs serve}): the JDK's HTTP server, pages from FreeMarker templates in
 * {@code templates/web/}, and downloads made by the production core ({@link briefs.produce}),
 * never by rules of its own.
 */
package briefs.web;
