<#ftl output_format="plainText">
<#-- The country page's own words in English. words_fr.ftl and words_es.ftl have the same names:
     a country page asked for in a language (?lang=fr) is in that language throughout, its charts
     too; the brief's words on it (bottom line, key figures, talking points) come from the mail's
     wording. -->
<#assign languageTag = "en-GB">
<#assign site = "UN peacekeeping and Women, Peace and Security">
<#assign countriesLink = "Countries">
<#assign bulkLink = "Bulk run">
<#assign noEarlier = "no earlier month">
<#assign latest = "latest month">
<#assign show = "Show">
<#assign monthLabel = "Month">
<#assign briefButton = "Brief (PDF)">
<#assign annexButton = "Annex (Excel)">
<#assign mailButton = "E-mail draft (.eml)">
<#assign chartsHeading = "Charts">
<#assign notesHeading = "Notes">

<#function allCountries monthText><#return "All countries, " + monthText></#function>

<#-- The words before the month, which the page sets in bold. -->
<#function dataAsOf monthText><#return "Data as of the end of "></#function>

<#function chartTitle id f fmt>
  <#switch id>
    <#case "by-type"><#return "Personnel by type" + f.genderReported?then(", men and women", "")>
    <#case "parity"><#return "Women's share against the parity targets">
    <#case "series"><#return "Deployment, last 24 months">
    <#default><#return "Since " + fmt.year(f.series[0].month.year)>
  </#switch>
</#function>

<#function noCharts f lang monthText>
  <#return f.country.nameInText?cap_first + " had no personnel to chart at the end of " + monthText + "; the brief says so in words.">
</#function>
