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
  <#local inText = lang.countryInText(f.country)>
  <#return inText?cap_first + " " + g.byNumber(inText, "n’avait", "n’avaient") + " aucun personnel à représenter à la fin " + g.de(monthText) + " ; la note le dit en toutes lettres.">
</#function>

<#-- La page des pays. -->
<#function countriesTitle monthText><#return "Pays, " + monthText></#function>
<#assign languageLabel = "Langue">
<#assign findLabel = "Rechercher">
<#assign findPlaceholder = "Nom ou code ISO3">
<#assign contributorsOnly = "Pays contributeurs seulement">
<#assign regionLabel = "Région">
<#assign allRegions = "Toutes">
<#assign countryOne = "pays">
<#assign countryMany = "pays">
<#assign countryHeading = "Pays">
<#assign iso3Heading = "ISO3">
<#assign personnelHeading = "Personnel">
<#assign womenHeading = "Femmes">
<#assign shareHeading = "Part">
<#assign rankHeading = "Rang">
<#assign changeHeading = "Évolution sur un an">
<#assign operationsHeading = "Opérations">
<#assign planHeading = "Plan d’action national">
<#assign notReported = "non communiqué">
<#function region name>
  <#return {"Africa": "Afrique", "Americas": "Amériques", "Asia": "Asie", "Europe": "Europe", "Oceania": "Océanie"}[name]!name>
</#function>
<#function ordinal n fmt><#return g.ordinal(n)></#function>
<#function planText status>
  <#switch status>
    <#case "IN_FORCE"><#return "En vigueur">
    <#case "OPEN_ENDED"><#return "Adopté, sans date de fin">
    <#case "EXPIRED"><#return "Arrivé à échéance">
    <#case "NOT_YET_ADOPTED"><#return "Pas encore en vigueur">
    <#case "DATES_UNKNOWN"><#return "Recensé, dates inconnues">
    <#default><#return "Aucun recensé">
  </#switch>
</#function>
<#function cannotDerive codes><#return "Les chiffres n’ont pu être établis pour " + codes + " :"></#function>
<#assign saysWhy = "en donne la raison.">
<#function countriesNote monthText>
  <#return "Personnel en tenue à la fin " + g.elidedDe(monthText) + monthText + ", d’après le rapport mensuel de l’ONU sur les contributions. Un plan « aucun recensé » signifie que les données n’en mentionnent aucun ; le pays peut néanmoins en avoir un.">
</#function>
