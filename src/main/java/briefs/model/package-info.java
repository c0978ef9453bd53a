/**
 * The data model: immutable records for countries, their monthly deployments, fatalities and
 * National Action Plans, and the data set they belong to. It imports nothing from the other
 * stages and no library type, so every stage can speak it.
 */
package briefs.model;
