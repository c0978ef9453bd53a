/**
 * Derive: the figures of a brief, computed in one place ({@link briefs.derive.SetFigures}) from
 * the model, as plain arithmetic: totals, women and shares, ranks as the UN ranks (ties share a
 * rank), changes against a year earlier, parity against the targets, fatalities to date and the
 * National Action Plan in force. It imports no rendering, PDF or spreadsheet type; everything
 * downstream only formats {@link briefs.derive.CountryFigures}.
 */
package briefs.derive;
