<#ftl output_format="plainText">
<#-- Le vocabulaire du courriel en français : mêmes noms que wording.ftl (anglais). -->
<#import "../wording/talking-points.ftl" as tp>
<#import "../wording/names.ftl" as g>

<#assign languageTag = "fr-FR">
<#assign keyFiguresHeading = "Chiffres clés">
<#assign talkingPointsHeading = "Éléments de langage">
<#assign attachedHeading = "Pièces jointes">
<#assign sourcesWord = "Sources">
<#assign labelSeparator = " : ">
<#assign listSeparator = " ; ">
<#function titleLine f fmt>
  <#return lang.country(f.country) + " : maintien de la paix des Nations Unies et femmes et paix et sécurité, " + fmt.month(f.month)>
</#function>
<#function subject f fmt>
  <#return lang.country(f.country) + " : note de pays sur le maintien de la paix, " + fmt.month(f.month)>
</#function>
<#function briefName f fmt>
  <#return lang.country(f.country) + " – Note sur le maintien de la paix – " + fmt.month(f.month) + ".pdf">
</#function>
<#function annexName f fmt>
  <#return lang.country(f.country) + " – Annexe sur le maintien de la paix – " + fmt.month(f.month) + ".xlsx">
</#function>
<#function subtitle monthText>
  <#return "Maintien de la paix des Nations Unies et femmes et paix et sécurité, " + monthText>
</#function>
<#function attachedSentence monthText>
  <#return "Vous trouverez ci-joint la note de pays (PDF) et son annexe (classeur Excel reprenant les mêmes chiffres dans des feuilles triables), avec des données arrêtées à la fin " + g.de(monthText) + ".">
</#function>
<#function asOf date>
  <#return "au " + date>
</#function>

<#function keyFigures f fmt>
  <#local monthText = fmt.month(f.month)>
  <#local rows = [{"label": "Personnel en tenue déployé", "value": fmt.count(f.total)}]>
  <#if !f.genderReported>
    <#local rows = rows + [{"label": "Dont femmes", "value": "non communiqué pour " + monthText}]>
  <#elseif f.noPersonnel()>
    <#local rows = rows + [{"label": "Dont femmes", "value": "aucune (aucun personnel déployé)"}]>
  <#elseif f.total lt 10>
    <#local rows = rows + [{"label": "Dont femmes", "value": f.women + " sur " + f.total}]>
  <#else>
    <#local rows = rows + [{"label": "Dont femmes", "value": fmt.count(f.women) + " (" + fmt.pct(f.womenShare) + ")"}]>
  </#if>
  <#if f.rank??>
    <#local rows = rows + [{"label": "Rang parmi les pays fournisseurs", "value": g.ordinal(f.rank) + " sur " + fmt.count(f.contributors)}]>
  <#else>
    <#local rows = rows + [{"label": "Rang parmi les pays fournisseurs", "value": "ne figure pas parmi les " + fmt.count(f.contributors) + " pays ayant du personnel déployé"}]>
  </#if>
  <#if f.operationCount??>
    <#local rows = rows + [{"label": "Opérations où sert " + g.byNumber(lang.countryInText(f.country), "son", "leur") + " personnel", "value": fmt.count(f.operationCount)}]>
  </#if>
  <#if f.yearAgo??>
    <#local y = f.yearAgo>
    <#local rows = rows + [{"label": "Évolution depuis " + fmt.month(y.month), "value": fmt.signed(y.change) + (y.changeShare??)?then(" (" + fmt.signedPct(y.changeShare!0) + ")", "")}]>
  </#if>
  <#local d = f.fatalities>
  <#local rows = rows + [{"label": "Ressortissants en tenue morts en opération de paix, " + d.countedToBriefMonth()?then("jusqu’à fin " + monthText, "au " + fmt.isoDate(d.dataAsOf)), "value": fmt.count(d.uniformed)
      + (d.civilian gt 0)?then(", et " + fmt.count(d.civilian) + " " + g.plural(d.civilian, "membre", "membres") + " du personnel civil", "")}]>
  <#return rows>
</#function>

<#function bottomLine f fmt>
  <#return tp.bottomLine(f, fmt)>
</#function>

<#function talkingPoints f fmt>
  <#return tp.talkingPoints(f, fmt)>
</#function>
