<#ftl output_format="plainText">
<#-- The name the recipient sees for the attached Excel annex. -->
${figures.country.name} – UN peacekeeping annex – ${fmt.month(figures.month)}.xlsx
