<#ftl output_format="plainText">
<#-- The subject line. Given a MailView (figures, fmt). One line; spaces at either end are dropped. -->
${figures.country.name}: UN peacekeeping brief, ${fmt.month(figures.month)}
