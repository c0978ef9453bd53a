<#ftl output_format="plainText">
<#import "names.ftl" as names>
<#--
  The talking points, as plain sentences: the brief lists them (partials/talking-points.ftlx) and
  the covering e-mail repeats them (mail/wording.ftl), so both always say the same. Three to six
  points, each chosen by a condition on the figures; none is canned.
-->

<#-- "a, b and c" -->
<#function listed items>
  <#local out = "">
  <#list items as item>
    <#local out = out + item>
    <#if item?has_next><#local out = out + (item?index == items?size - 2)?then(" and ", ", ")></#if>
  </#list>
  <#return out>
</#function>

<#function parityItem p withShare fmt>
  <#if withShare>
    <#return p.category?uncap_first + " (" + fmt.pct(p.womenShare) + " against " + fmt.pct0(p.target) + ")">
  </#if>
  <#return p.category?uncap_first + " (" + fmt.pct(p.womenShare) + ", target " + fmt.pct0(p.target) + ")">
</#function>

<#function plural n word>
  <#return (n == 1)?then(word, word + "s")>
</#function>

<#function talkingPoints f fmt>
  <#-- "the Netherlands" in a sentence, "The Netherlands" at its start -->
  <#local name = f.country.nameInText>
  <#local Name = name?cap_first>
  <#local monthText = fmt.month(f.month)>
  <#local points = []>

  <#-- 1. Size and rank, with the trend in the same sentence so the points stay at six or fewer -->
  <#if f.noPersonnel()>
    <#local earlier = (f.yearAgo?? && f.yearAgo.total gt 0)?then("; twelve months earlier, in " + fmt.month(f.yearAgo.month) + ", it had " + fmt.count(f.yearAgo.total), "")>
    <#local points = points + [Name + " had no uniformed personnel in UN peace operations at the end of " + monthText + earlier
        + ". That month, " + fmt.count(f.contributors) + " countries contributed uniformed personnel"
        + (f.unWomenShare??)?then(", of whom " + fmt.pct(f.unWomenShare!0) + " were women", "") + "."]>
  <#else>
    <#local trend = "">
    <#if f.yearAgo??>
      <#local y = f.yearAgo>
      <#if y.change gt 0>
        <#local trend = ": " + fmt.count(y.change) + " more than in " + fmt.month(y.month) + " (" + fmt.count(y.total) + ")" + (y.changeShare??)?then(", a rise of " + fmt.pct(y.changeShare!0), "")>
      <#elseif y.change lt 0>
        <#local trend = ": " + fmt.count(y.change?abs) + " fewer than in " + fmt.month(y.month) + " (" + fmt.count(y.total) + "), a fall of " + fmt.pct((y.changeShare!0)?abs)>
      <#else>
        <#local trend = ", as many as in " + fmt.month(y.month)>
      </#if>
    </#if>
    <#local size = f.rank???then("is the " + (f.rank gt 1)?then(fmt.ordinal(f.rank) + " ", "") + "largest of " + fmt.count(f.contributors)
        + " countries contributing uniformed personnel to UN peace operations, with " + fmt.count(f.total), "had " + fmt.count(f.total) + " uniformed personnel")>
    <#local where = f.operationCount???then(" in " + fmt.words(f.operationCount) + " " + plural(f.operationCount, "operation"), "")>
    <#local points = points + [Name + " " + size + " deployed" + where + " at the end of " + monthText + trend + "."]>
  </#if>

  <#-- 2. Women's share against the UN-wide share -->
  <#if !f.genderReported>
    <#local points = points + ["The UN report for " + monthText + " gives no split by gender, so how many of " + names.possessive(name) + " personnel that month were women is not known."]>
  <#elseif !f.noPersonnel()>
    <#if f.women == 0>
      <#local points = points + ["None of its deployed personnel are women" + (f.unWomenShare??)?then("; across all contributing countries, women are " + fmt.pct(f.unWomenShare!0) + " of uniformed personnel", "") + "."]>
    <#elseif f.unWomenShare??>
      <#local c = fmt.comparePct(f.womenShare, f.unWomenShare)>
      <#local points = points + ["Women are " + fmt.pct(f.womenShare) + " of its personnel (" + fmt.count(f.women) + " of " + fmt.count(f.total) + "), "
          + (c gt 0)?then("above", (c lt 0)?then("below", "level with")) + " the UN-wide share of " + fmt.pct(f.unWomenShare) + "."]>
    <#else>
      <#local points = points + ["Women are " + fmt.pct(f.womenShare) + " of its personnel (" + fmt.count(f.women) + " of " + fmt.count(f.total) + ")."]>
    </#if>
  </#if>

  <#-- 3. Parity targets met and missed, only for categories with personnel -->
  <#local judged = f.parity?filter(p -> p.met??)>
  <#if judged?has_content>
    <#local met = judged?filter(p -> p.met)>
    <#local missed = judged?filter(p -> !p.met)>
    <#local year = fmt.year(judged[0].targetYear)>
    <#if met?has_content && missed?has_content>
      <#local points = points + ["It meets the " + year + " gender parity " + plural(met?size, "target") + " for " + listed(met?map(p -> parityItem(p, false, fmt)))
          + ", and falls short for " + listed(missed?map(p -> parityItem(p, true, fmt))) + "."]>
    <#elseif met?has_content>
      <#local points = points + ["It meets the " + year + " gender parity " + plural(met?size, "target") + " in every category in which it deploys: " + listed(met?map(p -> parityItem(p, false, fmt))) + "."]>
    <#else>
      <#local points = points + ["It falls short of the " + year + " gender parity " + plural(missed?size, "target") + " for " + listed(missed?map(p -> parityItem(p, true, fmt))) + "."]>
    </#if>
  </#if>

  <#-- 4. Largest deployment (ties named together) -->
  <#if f.byOperation?has_content>
    <#local top = f.byOperation[0]>
    <#local tied = f.byOperation?filter(o -> o.total == top.total)>
    <#if f.byOperation?size == 1>
      <#local points = points + ["All of them serve with " + top.acronym + (top.name != top.acronym)?then(", the " + top.name, "") + (top.location??)?then(" (" + (top.location!"") + ")", "") + "."]>
    <#elseif tied?size gt 1>
      <#local points = points + ["Its largest deployments, " + (top.total == 1)?then("one person", fmt.count(top.total) + " personnel") + " each, are to " + listed(tied?map(o -> o.acronym + (o.location??)?then(" (" + (o.location!"") + ")", ""))) + "."]>
    <#else>
      <#local points = points + ["Its largest deployment is to " + top.acronym + (top.location??)?then(" in " + names.inPlace(top.location!""), "") + ", with " + fmt.count(top.total) + " personnel"
          + (top.women??)?then(" (" + fmt.count(top.women!0) + " " + plural(top.women!0, "woman")?replace("womans", "women") + ")", "") + "."]>
    </#if>
  <#elseif !f.noPersonnel() && !f.operationBreakdown>
    <#local points = points + ["The UN report for " + monthText + " lists personnel by country and type only, so where they serve is not in the data for this month."]>
  </#if>

  <#-- 5. Nationals lost -->
  <#local lost = f.fatalities.total>
  <#if lost gt 0>
    <#local points = points + [fmt.count(lost) + " " + plural(lost, "national") + " of " + name + " " + (lost == 1)?then("has", "have")
        + " lost " + (lost == 1)?then("their life", "their lives") + " serving in UN peace operations" + (f.fatalities.firstYear??)?then((lost == 1)?then(" in ", " since ") + fmt.year(f.fatalities.firstYear!0), "") + "."]>
  <#else>
    <#local points = points + ["The UN fatalities data records no nationals of " + name + " among those who lost their lives in UN peace operations."]>
  </#if>

  <#-- 6. National Action Plan. Plans without years are known to exist, not when: never call
       a dated plan "the latest" without saying so. -->
  <#local datedPlans = f.plans?filter(p -> p.startYear??)>
  <#local undatedPlans = f.plans?filter(p -> !p.startYear??)>
  <#local alsoUndated = undatedPlans?has_content?then(" The data also records " + fmt.words(undatedPlans?size) + " " + plural(undatedPlans?size, "plan") + " without years.", "")>
  <#switch f.planStatus.name()>
    <#case "IN_FORCE">
      <#local p = f.planInForce>
      <#local points = points + [names.possessive(Name) + " " + (p.number??)?then(fmt.ordinalWord(p.number!0) + " ", "") + "National Action Plan on Women, Peace and Security (resolution 1325), for "
          + fmt.year(p.startYear) + "–" + fmt.year(p.endYear) + ", is in force." + alsoUndated]>
      <#break>
    <#case "OPEN_ENDED">
      <#local points = points + [names.possessive(Name) + " National Action Plan on Women, Peace and Security, adopted in " + fmt.year(f.planInForce.startYear) + ", has no end year in the sources." + alsoUndated]>
      <#break>
    <#case "EXPIRED">
      <#local p = datedPlans?last>
      <#local points = points + [names.possessive(Name) + " most recent dated National Action Plan on Women, Peace and Security in the data ran "
          + (p.endYear??)?then("from " + fmt.year(p.startYear) + " to " + fmt.year(p.endYear!0), "from " + fmt.year(p.startYear)) + "; no plan with later years is recorded." + alsoUndated]>
      <#break>
    <#case "NOT_YET_ADOPTED">
      <#local points = points + ["The first dated National Action Plan on Women, Peace and Security recorded for " + name + " starts in " + fmt.year(datedPlans[0].startYear) + ", after " + monthText + "." + alsoUndated]>
      <#break>
    <#case "DATES_UNKNOWN">
      <#local points = points + ["The data records " + fmt.words(f.plans?size) + " National Action " + plural(f.plans?size, "Plan") + " on Women, Peace and Security for " + name + ", but the sources give no years, so whether one is in force is not known."]>
      <#break>
    <#case "NONE_RECORDED">
      <#local points = points + ["No National Action Plan on Women, Peace and Security is recorded in the data for " + name + "."]>
      <#break>
    <#default>
      <#local points = points + ["The data's status for " + names.possessive(name) + " National Action Plans is " + f.planStatus?lower_case?replace("_", " ") + "."]>
  </#switch>
  <#return points>
</#function>
