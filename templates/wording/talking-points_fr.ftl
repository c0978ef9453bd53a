<#ftl output_format="plainText">
<#import "names.ftl" as g>
<#--
  Les éléments de langage, en phrases simples : la note les énumère (partials/talking-points.ftlx)
  et le courriel d'accompagnement les reprend, de sorte que les deux disent toujours la même chose.
  De trois à six éléments, chacun choisi selon les chiffres ; aucun n'est écrit d'avance.
  Mêmes fonctions que talking-points.ftl (anglais) : bottomLine, talkingPoints, people, deathsText.
-->

<#function category p>
  <#return lang.term(p.category)?uncap_first>
</#function>

<#function parityItem p fmt>
  <#return category(p) + " (" + fmt.pct(p.womenShare) + ", pour un objectif de " + fmt.pct0(p.target) + ")">
</#function>

<#-- Un objectif manqué, en personnes : "… (16,0 % pour un objectif de 25 % : il faudrait 2 femmes de plus sur 40)" -->
<#function gapItem p fmt>
  <#return category(p) + " (" + fmt.pct(p.womenShare) + " pour un objectif de " + fmt.pct0(p.target) + " : il faudrait "
      + g.words(p.womenNeeded, fmt, true) + " " + g.plural(p.womenNeeded, "femme") + " de plus sur " + fmt.count(p.total) + ")">
</#function>

<#-- Quelques personnes : "1 personne, aucune femme", "5 personnes, dont 2 femmes" -->
<#function people total women>
  <#return (total == 1)?then("1 personne", total + " personnes") + ", " + (women == 0)?then("aucune femme", (women == 1)?then("dont 1 femme", "dont " + women + " femmes"))>
</#function>

<#function womenText f fmt>
  <#if f.total lt 10>
    <#return fmt.count(f.women) + " sur " + fmt.count(f.total)>
  </#if>
  <#return fmt.pct(f.womenShare)>
</#function>

<#-- "10 membres du personnel en tenue et 19 membres du personnel civil" -->
<#function deathsText d fmt>
  <#local u = fmt.count(d.uniformed) + " " + (d.uniformed == 1)?then("membre du personnel en tenue", "membres du personnel en tenue")>
  <#local c = fmt.count(d.civilian) + " " + (d.civilian == 1)?then("membre du personnel civil", "membres du personnel civil")>
  <#if d.civilian == 0><#return u></#if>
  <#if d.uniformed == 0><#return c></#if>
  <#return u + " et " + c>
</#function>

<#function bottomLine f fmt>
  <#if f.noPersonnel()>
    <#local was = (f.yearAgo?? && f.yearAgo.total gt 0)?then(", contre " + fmt.count(f.yearAgo.total) + " un an plus tôt", f.yearAgo???then(", comme un an plus tôt", ""))>
    <#local d = f.fatalities>
    <#local lost = (d.total gt 0)?then(" ; " + fmt.count(d.total) + " " + g.plural(d.total, "ressortissant") + " " + (d.total == 1)?then("a perdu la vie", "ont perdu la vie") + " au service d’opérations de paix des Nations Unies", "")>
    <#return "Aucun personnel en tenue déployé à la fin " + g.de(fmt.month(f.month)) + was + lost + ".">
  </#if>
  <#local specialist = f.byType?filter(t -> t.total gt 0 && (t.type.name() == "TROOPS" || t.type.name() == "FORMED_POLICE_UNITS"))?size == 0>
  <#local size = (f.total gte 1000)?then("Contribution majeure", (f.total gte 100)?then("Contribution importante", "Contribution modeste" + specialist?then(" de spécialistes", "")))>
  <#local people = fmt.count(f.total) + " " + g.plural(f.total, "personne")>
  <#local where = f.operationCount???then((f.operationCount == 1)?then(" dans une opération", " dans " + g.words(f.operationCount, fmt, true) + " opérations"), "")>
  <#local trend = "">
  <#if f.yearAgo?? && f.yearAgo.changeShare??>
    <#local y = f.yearAgo>
    <#if y.change == 0>
      <#local trend = ", sans changement en un an">
    <#elseif y.changeShare?abs lt 0.005>
      <#local trend = ", à peu près autant qu’un an plus tôt">
    <#else>
      <#local trend = ", " + (y.change gt 0)?then("en hausse de ", "en baisse de ") + fmt.pct0(((y.changeShare * 100)?round / 100)?abs) + " en un an">
    </#if>
  </#if>
  <#local women = "">
  <#if f.genderReported && f.total == 1>
    <#local women = (f.women == 1)?then(", une femme", ", un homme")>
  <#elseif f.genderReported && f.total lt 10>
    <#local women = " ; femmes : " + womenText(f, fmt)>
  <#elseif f.genderReported>
    <#local women = " ; femmes : " + womenText(f, fmt)>
    <#if f.unWomenShare??>
      <#local c = fmt.comparePct(f.womenShare, f.unWomenShare)>
      <#local women = women + ", " + (c gt 0)?then("au-dessus de", (c lt 0)?then("en dessous de", "au niveau de")) + " la moyenne des Nations Unies">
    </#if>
    <#local judged = f.parity?filter(p -> p.met??)>
    <#local missed = judged?filter(p -> !p.met)>
    <#if missed?has_content>
      <#local women = women + ", en deçà " + (missed?size == 1)?then("de l’objectif", "des objectifs") + " de " + fmt.year(missed[0].targetYear) + " pour " + g.listed(missed?map(p -> "les " + category(p)))>
    <#elseif judged?has_content>
      <#local women = women + ", conforme " + (judged?size == 1)?then("à l’objectif", "aux objectifs") + " de " + fmt.year(judged[0].targetYear) + " pour " + g.listed(judged?map(p -> "les " + category(p)))>
    </#if>
  </#if>
  <#return size + " : " + people + where + trend + women + ".">
</#function>

<#function talkingPoints f fmt>
  <#local name = lang.countryInText(f.country)>
  <#local Name = name?cap_first>
  <#local deName = g.de(name)>
  <#local monthText = fmt.month(f.month)>
  <#local points = []>

  <#-- 1. Volume et rang, avec l'évolution sur un an -->
  <#if f.noPersonnel()>
    <#local earlier = (f.yearAgo?? && f.yearAgo.total gt 0)?then(" ; douze mois plus tôt, en " + fmt.month(f.yearAgo.month) + ", il y en avait " + fmt.count(f.yearAgo.total), "")>
    <#local points = points + [Name + " " + g.byNumber(name, "ne comptait", "ne comptaient") + " aucun personnel en tenue dans les opérations de paix des Nations Unies à la fin " + g.de(monthText) + earlier
        + ". Ce mois-là, " + fmt.count(f.contributors) + " pays fournissaient du personnel en tenue"
        + (f.unWomenShare??)?then(", dont " + fmt.pct(f.unWomenShare!0) + " de femmes", "") + "."]>
  <#else>
    <#local trend = "">
    <#if f.yearAgo??>
      <#local y = f.yearAgo>
      <#if y.change gt 0>
        <#local trend = ", soit " + fmt.count(y.change) + " de plus qu’en " + fmt.month(y.month) + " (" + fmt.count(y.total) + ")" + (y.changeShare??)?then(", une hausse de " + fmt.pct(y.changeShare!0), "")>
      <#elseif y.change lt 0>
        <#local trend = ", soit " + fmt.count(y.change?abs) + " de moins qu’en " + fmt.month(y.month) + " (" + fmt.count(y.total) + "), une baisse de " + fmt.pct((y.changeShare!0)?abs)>
      <#else>
        <#local trend = ", autant qu’en " + fmt.month(y.month)>
      </#if>
    </#if>
    <#local where = f.operationCount???then(" dans " + g.words(f.operationCount, fmt, true) + " " + g.plural(f.operationCount, "opération"), "")>
    <#if f.rank??>
      <#local points = points + [Name + " " + g.byNumber(name, "est", "sont") + " le " + (f.rank gt 1)?then(g.ordinal(f.rank) + " ", "premier ") + "pays fournisseur de personnel en tenue aux opérations de paix des Nations Unies, sur "
          + fmt.count(f.contributors) + ", avec " + fmt.count(f.total) + " " + g.plural(f.total, "personne") + " déployée" + (f.total gt 1)?then("s", "") + where + " à la fin " + g.de(monthText) + trend + "."]>
    <#else>
      <#local points = points + [Name + " " + g.byNumber(name, "comptait", "comptaient") + " " + fmt.count(f.total) + " " + g.plural(f.total, "membre") + " du personnel en tenue déployé" + (f.total gt 1)?then("s", "") + where + " à la fin " + g.de(monthText) + trend + "."]>
    </#if>
  </#if>

  <#-- 2. Part des femmes au regard de la moyenne des Nations Unies ; moins de dix personnes : les personnes -->
  <#if f.noPersonnel()>
    <#-- Nobody deployed: no share of women to give, nor to call unknown. -->
  <#elseif !f.genderReported>
    <#local points = points + ["Le rapport des Nations Unies pour " + monthText + " ne ventile pas les effectifs par sexe : on ne sait pas combien de femmes comptait ce mois-là le personnel " + deName + "."]>
  <#else>
    <#if f.total == 1>
      <#local points = points + ["La seule personne déployée est " + (f.women == 1)?then("une femme", "un homme") + "."]>
    <#elseif f.women == 0>
      <#local points = points + ["Aucune femme ne figure parmi " + (f.total lt 10)?then(g.byNumber(name, "ses ", "leurs ") + g.words(f.total, fmt) + " membres du personnel", g.byNumber(name, "ses ", "leurs ") + fmt.count(f.total) + " membres du personnel") + " déployés"
          + (f.unWomenShare?? && f.total gte 10)?then(" ; tous pays confondus, les femmes représentent " + fmt.pct(f.unWomenShare!0) + " du personnel en tenue", "") + "."]>
    <#elseif f.women == f.total && f.total lt 10>
      <#local points = points + ["Les " + g.words(f.total, fmt) + " membres de " + g.byNumber(name, "son", "leur") + " personnel sont des femmes."]>
    <#elseif f.total lt 10>
      <#local points = points + ["Sur " + g.byNumber(name, "ses ", "leurs ") + g.words(f.total, fmt) + " membres du personnel, " + (f.women == 1)?then("une est une femme", g.words(f.women, fmt, true) + " sont des femmes") + "."]>
    <#elseif f.unWomenShare??>
      <#local c = fmt.comparePct(f.womenShare, f.unWomenShare)>
      <#local points = points + ["Les femmes représentent " + fmt.pct(f.womenShare) + " de " + g.byNumber(name, "son", "leur") + " personnel (" + fmt.count(f.women) + " sur " + fmt.count(f.total) + "), "
          + (c gt 0)?then("au-dessus de", (c lt 0)?then("en dessous de", "au niveau de")) + " la moyenne de l’ensemble des pays fournisseurs (" + fmt.pct(f.unWomenShare) + ")."]>
    <#else>
      <#local points = points + ["Les femmes représentent " + fmt.pct(f.womenShare) + " de " + g.byNumber(name, "son", "leur") + " personnel (" + fmt.count(f.women) + " sur " + fmt.count(f.total) + ")."]>
    </#if>
  </#if>

  <#-- 3. Objectifs de parité atteints ou non (catégories de dix personnes ou plus) -->
  <#local judged = f.parity?filter(p -> p.met??)>
  <#if judged?has_content>
    <#local met = judged?filter(p -> p.met)>
    <#local missed = judged?filter(p -> !p.met)>
    <#local year = fmt.year(judged[0].targetYear)>
    <#local goal = (judged?size == 1)?then("l’objectif", "les objectifs")>
    <#if met?has_content && missed?has_content>
      <#local points = points + ["Le pays atteint " + (met?size == 1)?then("l’objectif", "les objectifs") + " de parité de " + year + " pour " + g.listed(met?map(p -> "les " + parityItem(p, fmt)))
          + ", mais pas pour " + g.listed(missed?map(p -> "les " + gapItem(p, fmt))) + "."]>
    <#elseif met?has_content>
      <#local points = points + ["Le pays atteint " + goal + " de parité de " + year + " pour " + g.listed(met?map(p -> "les " + parityItem(p, fmt))) + "."]>
    <#else>
      <#local points = points + ["Le pays reste en deçà " + (missed?size == 1)?then("de l’objectif", "des objectifs") + " de parité de " + year + " pour " + g.listed(missed?map(p -> "les " + gapItem(p, fmt))) + "."]>
    </#if>
  </#if>

  <#-- 4. Principal déploiement (ex aequo nommés ensemble) -->
  <#if f.byOperation?has_content>
    <#local top = f.byOperation[0]>
    <#local tied = f.byOperation?filter(o -> o.total == top.total)>
    <#local place = (top.location??)?then(" (" + lang.place(top.acronym, top.location!"") + ")", "")>
    <#if f.byOperation?size == 1>
      <#local points = points + [(f.total == 1)?then("Cette personne sert au sein de l’opération ", "Ces " + g.words(f.total, fmt) + " personnes servent toutes" + (f.total == 2)?then(" deux", "") + " au sein de l’opération ") + top.acronym + place + "."]>
    <#elseif tied?size gt 1>
      <#local points = points + [g.byNumber(name, "Ses", "Leurs") + " principaux déploiements, " + (top.total == 1)?then("une personne", fmt.count(top.total) + " personnes") + " chacun, sont au sein des opérations " + g.listed(tied?map(o -> o.acronym + (o.location??)?then(" (" + lang.place(o.acronym, o.location!"") + ")", ""))) + "."]>
    <#else>
      <#local points = points + [g.byNumber(name, "Son", "Leur") + " principal déploiement est au sein de l’opération " + top.acronym + place + ", avec " + fmt.count(top.total) + " " + g.plural(top.total, "personne")
          + (top.women??)?then(" (" + ((top.women!0) == 0)?then("aucune femme", "dont " + fmt.count(top.women!0) + " " + g.plural(top.women!0, "femme")) + ")", "") + "."]>
    </#if>
  <#elseif !f.noPersonnel() && !f.operationBreakdown>
    <#local points = points + ["Le rapport des Nations Unies pour " + monthText + " ne donne le personnel que par pays et par catégorie : les opérations où il sert ne figurent pas dans les données de ce mois."]>
  </#if>

  <#-- 5. Ressortissants ayant perdu la vie -->
  <#local d = f.fatalities>
  <#if d.total gt 0>
    <#local since = (d.firstYear == d.lastYear)?then("En " + fmt.year(d.firstYear), "Depuis " + fmt.year(d.firstYear))>
    <#local points = points + [since + ", " + deathsText(d, fmt) + " " + deName + " " + (d.total == 1)?then("a perdu", "ont perdu") + " la vie au service d’opérations de paix des Nations Unies"
        + (d.uniformed gt 0 && d.civilian gt 0)?then(", soit " + fmt.count(d.total) + " ressortissants au total", "") + "."]>
  <#else>
    <#local points = points + ["Les données des Nations Unies sur les décès ne recensent aucun ressortissant " + deName + " parmi les personnes mortes au service d’opérations de paix des Nations Unies."]>
  </#if>

  <#-- 6. Plan d'action national -->
  <#local datedPlans = f.plans?filter(p -> p.startYear??)>
  <#local undatedPlans = f.plans?filter(p -> !p.startYear??)>
  <#local alsoUndated = undatedPlans?has_content?then(" " + (undatedPlans?size == 1)?then("Un autre plan figure", g.words(undatedPlans?size, fmt)?cap_first + " autres plans figurent") + " dans les données sans dates.", "")>
  <#switch f.planStatus.name()>
    <#case "IN_FORCE">
      <#local p = f.planInForce>
      <#local points = points + [(g.agree(p.kind, "le ", "la ") + (p.number??)?then(g.ordinalWord(p.number!0, g.feminine(p.kind)) + " ", "") + lang.term(p.kind) + " " + deName)?cap_first + " sur les femmes et la paix et la sécurité (résolution 1325), pour "
          + fmt.year(p.startYear) + "–" + fmt.year(p.endYear) + ", est en vigueur." + alsoUndated]>
      <#break>
    <#case "OPEN_ENDED">
      <#local p = f.planInForce>
      <#local points = points + [(g.agree(p.kind, "le dernier ", "la dernière ") + lang.term(p.kind) + " " + deName)?cap_first + " sur les femmes et la paix et la sécurité, " + g.agree(p.kind, "adopté", "adoptée") + " en " + fmt.year(p.startYear)
          + (p.nationalActionPlan())?then("", " (qui ne porte pas le nom de plan d’action national)") + ", est " + g.agree(p.kind, "celui", "celle") + " en vigueur d’après les données ; les sources ne lui donnent pas d’année de fin." + alsoUndated]>
      <#break>
    <#case "EXPIRED">
      <#local p = datedPlans?last>
      <#if undatedPlans?has_content>
        <#local points = points + [(g.agree(p.kind, "le dernier ", "la dernière ") + lang.term(p.kind) + g.agree(p.kind, " daté ", " datée ") + deName)?cap_first + " sur les femmes et la paix et la sécurité, " + fmt.year(p.startYear) + "–" + fmt.year(p.endYear!0)
            + ", est " + g.agree(p.kind, "arrivé", "arrivée") + " à échéance ; " + (undatedPlans?size == 1)?then("un autre plan figure", g.words(undatedPlans?size, fmt) + " autres plans figurent") + " dans les données sans dates : on ne sait donc pas si un plan est en vigueur."]>
      <#else>
        <#local points = points + [(g.agree(p.kind, "le dernier ", "la dernière ") + lang.term(p.kind) + " " + deName)?cap_first + " sur les femmes et la paix et la sécurité, " + fmt.year(p.startYear) + "–" + fmt.year(p.endYear!0)
            + ", est " + g.agree(p.kind, "arrivé", "arrivée") + " à échéance ; les données ne font état d’aucun plan plus récent."]>
      </#if>
      <#break>
    <#case "DATES_UNKNOWN">
      <#if datedPlans?has_content>
        <#local u = undatedPlans?last>
        <#local points = points + [(g.agree(u.kind, "le dernier ", "la dernière ") + lang.term(u.kind) + " " + deName)?cap_first + " sur les femmes et la paix et la sécurité" + (u.number??)?then(", " + g.agree(u.kind, "le ", "la ") + g.ordinalWord(u.number!0, g.feminine(u.kind)) + ",", "")
            + " figure dans les données sans dates : on ne sait donc pas si un plan est en vigueur ; le précédent a débuté en " + fmt.year(datedPlans?last.startYear) + "."]>
      <#else>
        <#local points = points + ["Les données recensent " + g.words(f.plans?size, fmt) + " " + g.plural(f.plans?size, "plan") + " d’action " + g.plural(f.plans?size, "national", "nationaux") + " sur les femmes et la paix et la sécurité pour " + name + ", mais les sources n’en donnent pas les dates : on ne sait donc pas si un plan est en vigueur."]>
      </#if>
      <#break>
    <#case "NONE_RECORDED">
      <#local points = points + ["Aucun plan d’action national sur les femmes et la paix et la sécurité n’est recensé dans les données pour " + name + "."]>
      <#break>
    <#default>
  </#switch>
  <#return points>
</#function>
