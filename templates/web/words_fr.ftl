<#ftl output_format="plainText">
<#-- Les mots de la page d’un pays en français : mêmes noms que words.ftl (anglais). -->
<#import "../wording/names.ftl" as g>
<#assign languageTag = "fr-FR">
<#assign site = "Maintien de la paix des Nations Unies et femmes et paix et sécurité">
<#assign countriesLink = "Pays">
<#assign bulkLink = "Production par lots">
<#assign noEarlier = "aucun mois antérieur">
<#assign latest = "dernier mois">
<#assign show = "Afficher">
<#assign monthLabel = "Mois">
<#assign briefButton = "Note (PDF)">
<#assign annexButton = "Annexe (Excel)">
<#assign mailButton = "Projet de courriel (.eml)">
<#assign chartsHeading = "Graphiques">
<#assign notesHeading = "Notes">

<#function allCountries monthText><#return "Tous les pays, " + monthText></#function>

<#function dataAsOf monthText><#return "Données arrêtées à la fin " + g.elidedDe(monthText)></#function>

<#function chartTitle id f fmt>
  <#switch id>
    <#case "by-type"><#return "Personnel par catégorie" + f.genderReported?then(", hommes et femmes", "")>
    <#case "parity"><#return "Part des femmes au regard des objectifs de parité">
    <#case "series"><#return "Déploiement, 24 derniers mois">
    <#default><#return "Depuis " + fmt.year(f.series[0].month.year)>
  </#switch>
</#function>

<#function noCharts f lang monthText>
  <#return lang.countryInText(f.country)?cap_first + " n’avait aucun personnel à représenter à la fin " + g.de(monthText) + " ; la note le dit en toutes lettres.">
</#function>
