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

<#-- The countries page. -->
<#function countriesTitle monthText><#return "Countries, " + monthText></#function>
<#assign languageLabel = "Language">
<#assign findLabel = "Find">
<#assign findPlaceholder = "Name or ISO3 code">
<#assign contributorsOnly = "Contributors only">
<#assign regionLabel = "Region">
<#assign allRegions = "All">
<#-- The count of countries shown: one, many (countries.js counts again as the list is filtered). -->
<#assign countryOne = "country">
<#assign countryMany = "countries">
<#assign countryHeading = "Country">
<#assign iso3Heading = "ISO3">
<#assign personnelHeading = "Personnel">
<#assign womenHeading = "Women">
<#assign shareHeading = "Share">
<#assign rankHeading = "Rank">
<#assign changeHeading = "Change in a year">
<#assign operationsHeading = "Operations">
<#assign planHeading = "National Action Plan">
<#assign notReported = "not reported">
<#function region name><#return name></#function>
<#function ordinal n fmt><#return fmt.ordinal(n)></#function>
<#function planText status>
  <#switch status>
    <#case "IN_FORCE"><#return "In force">
    <#case "OPEN_ENDED"><#return "Adopted, no end year">
    <#case "EXPIRED"><#return "Expired">
    <#case "NOT_YET_ADOPTED"><#return "Not yet in force">
    <#case "DATES_UNKNOWN"><#return "Recorded, no years">
    <#default><#return "None recorded">
  </#switch>
</#function>
<#-- Before and after the command named in code type. -->
<#function cannotDerive codes><#return "Figures could not be derived for " + codes + ":"></#function>
<#assign saysWhy = "says why.">
<#function countriesNote monthText>
  <#return "Uniformed personnel at the end of " + monthText + ", from the UN’s monthly contributions report. A plan “none recorded” means the data lists none; the country may still have one.">
</#function>
