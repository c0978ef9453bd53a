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

<#-- A missed target as people: "staff officers and military observers (16.0% against 25%: 2 more women among its 40 would reach it)" -->
<#function gapItem p fmt>
  <#return p.category?uncap_first + " (" + fmt.pct(p.womenShare) + " against " + fmt.pct0(p.target) + ": "
      + fmt.words(p.womenNeeded) + " more " + plural(p.womenNeeded, "woman")?replace("womans", "women") + " among its " + fmt.count(p.total) + " would reach it)">
</#function>

<#-- A handful of people: "1 person, no woman", "9 people, no women", "5 people, 2 women" -->
<#function people total women>
  <#return (total == 1)?then("1 person", total + " people") + ", " + (women == 0)?then((total == 1)?then("no woman", "no women"), (women == 1)?then("1 woman", women + " women"))>
</#function>

<#function plural n word>
  <#return (n == 1)?then(word, word + "s")>
</#function>

<#-- The people, under ten ("1 of 2"), else the share ("16.0%"): a share of a handful says little. -->
<#function womenText f fmt>
  <#if f.total lt 10>
    <#return fmt.count(f.women) + " of " + fmt.count(f.total)>
  </#if>
  <#return fmt.pct(f.womenShare)>
</#function>

<#--
  Nationals lost, uniformed personnel first and civilian staff beside them: "10 uniformed
  personnel and 19 civilian staff". Counts to the end of the brief's month.
-->
<#function deathsText d fmt>
  <#local u = fmt.count(d.uniformed) + " uniformed " + (d.uniformed == 1)?then("person", "personnel")>
  <#local c = fmt.count(d.civilian) + " civilian staff " + (d.civilian == 1)?then("member", "members")>
  <#if d.civilian == 0><#return u></#if>
  <#if d.uniformed == 0><#return c></#if>
  <#return u + " and " + c>
</#function>

<#--
  The bottom line: one sentence that carries the message. "A small contribution: 38 people in
  three operations, down 17% in a year; women 16.0%, above the UN-wide share, short of the 2028
  targets for staff officers and military observers."
-->
<#function bottomLine f fmt>
  <#if f.noPersonnel()>
    <#local was = (f.yearAgo?? && f.yearAgo.total gt 0)?then(", against " + fmt.count(f.yearAgo.total) + " a year earlier", f.yearAgo???then(", as a year earlier", ""))>
    <#local d = f.fatalities>
    <#local lost = (d.total gt 0)?then("; " + fmt.count(d.total) + " " + plural(d.total, "national") + " " + (d.total == 1)?then("has", "have") + " died serving in UN peace operations", "")>
    <#return "No uniformed personnel deployed at the end of " + fmt.month(f.month) + was + lost + ".">
  </#if>
  <#local specialist = f.byType?filter(t -> t.total gt 0 && (t.type.name() == "TROOPS" || t.type.name() == "FORMED_POLICE_UNITS"))?size == 0>
  <#local size = (f.total gte 1000)?then("A major contribution", (f.total gte 100)?then("A sizeable contribution", "A small" + specialist?then(" specialist", "") + " contribution"))>
  <#local people = fmt.count(f.total) + " " + plural(f.total, "person")?replace("persons", "people")>
  <#local where = f.operationCount???then((f.operationCount == 1)?then(" in one operation", " in " + fmt.words(f.operationCount) + " operations"), "")>
  <#local trend = "">
  <#if f.yearAgo?? && f.yearAgo.changeShare??>
    <#local y = f.yearAgo>
    <#if y.change == 0>
      <#local trend = ", unchanged in a year">
    <#elseif y.changeShare?abs lt 0.005>
      <#local trend = ", about the same as a year earlier">
    <#else>
      <#local trend = ", " + (y.change gt 0)?then("up ", "down ") + fmt.pct0(((y.changeShare * 100)?round / 100)?abs) + " in a year">
    </#if>
  </#if>
  <#local women = "">
  <#if f.genderReported && f.total == 1>
    <#local women = (f.women == 1)?then(", a woman", ", a man")>
  <#elseif f.genderReported && f.total lt 10>
    <#local women = "; women " + womenText(f, fmt)>
  <#elseif f.genderReported>
    <#local women = "; women " + womenText(f, fmt)>
    <#if f.unWomenShare??>
      <#local c = fmt.comparePct(f.womenShare, f.unWomenShare)>
      <#local women = women + ", " + (c gt 0)?then("above", (c lt 0)?then("below", "level with")) + " the UN-wide share">
    </#if>
    <#local judged = f.parity?filter(p -> p.met??)>
    <#local missed = judged?filter(p -> !p.met)>
    <#if missed?has_content>
      <#local women = women + ", short of the " + fmt.year(missed[0].targetYear) + " " + plural(missed?size, "target") + " for " + listed(missed?map(p -> p.category?uncap_first))>
    <#elseif judged?has_content>
      <#local women = women + ", meeting the " + fmt.year(judged[0].targetYear) + " " + plural(judged?size, "target") + " for " + listed(judged?map(p -> p.category?uncap_first))>
    </#if>
  </#if>
  <#return size + ": " + people + where + trend + women + ".">
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

  <#-- 2. Women's share against the UN-wide share; under ten people, the people and no comparison -->
  <#if f.noPersonnel()>
    <#-- Nobody deployed: no share of women to give, nor to call unknown. -->
  <#elseif !f.genderReported>
    <#local points = points + ["The UN report for " + monthText + " gives no split by gender, so how many of " + names.possessive(name) + " personnel that month were women is not known."]>
  <#else>
    <#if f.total == 1>
      <#local points = points + ["Its one person deployed is " + (f.women == 1)?then("a woman", "a man") + "."]>
    <#elseif f.women == 0>
      <#local points = points + ["None of its " + fmt.words(f.total) + " deployed personnel are women" + (f.unWomenShare?? && f.total gte 10)?then("; across all contributing countries, women are " + fmt.pct(f.unWomenShare!0) + " of uniformed personnel", "") + "."]>
    <#elseif f.women == f.total && f.total lt 10>
      <#local points = points + [(f.total == 2)?then("Both of its personnel are women.", "All " + fmt.words(f.total) + " of its personnel are women.")]>
    <#elseif f.total lt 10>
      <#local points = points + ["Of its " + fmt.words(f.total) + " personnel, " + fmt.words(f.women) + " " + (f.women == 1)?then("is a woman", "are women") + "."]>
    <#elseif f.unWomenShare??>
      <#local c = fmt.comparePct(f.womenShare, f.unWomenShare)>
      <#local points = points + ["Women are " + fmt.pct(f.womenShare) + " of its personnel (" + fmt.count(f.women) + " of " + fmt.count(f.total) + "), "
          + (c gt 0)?then("above", (c lt 0)?then("below", "level with")) + " the UN-wide share of " + fmt.pct(f.unWomenShare) + "."]>
    <#else>
      <#local points = points + ["Women are " + fmt.pct(f.womenShare) + " of its personnel (" + fmt.count(f.women) + " of " + fmt.count(f.total) + ")."]>
    </#if>
  </#if>

  <#-- 3. Parity targets met and missed, only for categories with ten or more people; a miss says
       how many more women would reach the target -->
  <#local judged = f.parity?filter(p -> p.met??)>
  <#if judged?has_content>
    <#local met = judged?filter(p -> p.met)>
    <#local missed = judged?filter(p -> !p.met)>
    <#local year = fmt.year(judged[0].targetYear)>
    <#if met?has_content && missed?has_content>
      <#local points = points + ["It meets the " + year + " gender parity " + plural(met?size, "target") + " for " + listed(met?map(p -> parityItem(p, false, fmt)))
          + ", and falls short for " + listed(missed?map(p -> gapItem(p, fmt))) + "."]>
    <#elseif met?has_content>
      <#local points = points + ["It meets the " + year + " gender parity " + plural(met?size, "target") + " for " + listed(met?map(p -> parityItem(p, false, fmt))) + "."]>
    <#else>
      <#local points = points + ["It falls short of the " + year + " gender parity " + plural(missed?size, "target") + " for " + listed(missed?map(p -> gapItem(p, fmt))) + "."]>
    </#if>
  </#if>

  <#-- 4. Largest deployment (ties named together) -->
  <#if f.byOperation?has_content>
    <#local top = f.byOperation[0]>
    <#local tied = f.byOperation?filter(o -> o.total == top.total)>
    <#-- The place in brackets only where the operation's name does not already say it ("the United Nations Interim Force in Lebanon"). -->
    <#local named = top.name != top.acronym>
    <#local placeSaid = named && top.location?? && top.name?contains(top.location!"")>
    <#local topName = top.acronym + named?then(", the " + top.name, "") + (top.location?? && !placeSaid)?then(" (" + (top.location!"") + ")", "")>
    <#if f.byOperation?size == 1>
      <#local points = points + [(f.total == 1)?then("Its one person deployed serves with ", (f.total == 2)?then("Both serve with ", "All " + fmt.words(f.total) + " serve with ")) + topName + "."]>
    <#elseif tied?size gt 1>
      <#local points = points + ["Its largest deployments, " + (top.total == 1)?then("one person", fmt.count(top.total) + " personnel") + " each, are to " + listed(tied?map(o -> o.acronym + (o.location??)?then(" (" + (o.location!"") + ")", ""))) + "."]>
    <#else>
      <#local points = points + ["Its largest deployment is to " + top.acronym + (top.location??)?then(" in " + names.inPlace(top.location!""), "") + ", with " + fmt.count(top.total) + " personnel"
          + (top.women??)?then(" (" + ((top.women!0) == 0)?then("no women", fmt.count(top.women!0) + " " + plural(top.women!0, "woman")?replace("womans", "women")) + ")", "") + "."]>
    </#if>
  <#elseif !f.noPersonnel() && !f.operationBreakdown>
    <#local points = points + ["The UN report for " + monthText + " lists personnel by country and type only, so where they serve is not in the data for this month."]>
  </#if>

  <#-- 5. Nationals lost: uniformed personnel first, civilian staff beside them -->
  <#local d = f.fatalities>
  <#if d.total gt 0>
    <#local since = (d.firstYear == d.lastYear)?then("In " + fmt.year(d.firstYear), "Since " + fmt.year(d.firstYear))>
    <#local points = points + [since + ", " + deathsText(d, fmt) + " from " + name + " " + (d.total == 1)?then("died", "have died") + " serving in UN peace operations"
        + (d.uniformed gt 0 && d.civilian gt 0)?then(", " + fmt.count(d.total) + " nationals in all", "") + "."]>
  <#else>
    <#local points = points + ["The UN fatalities data records no nationals of " + name + " among those who died serving in UN peace operations."]>
  </#if>

  <#-- 6. National Action Plan: the latest plan started by the brief's year. Plans without years
       are known to exist, not when: never call a dated plan "the latest" without saying so. -->
  <#local datedPlans = f.plans?filter(p -> p.startYear??)>
  <#local undatedPlans = f.plans?filter(p -> !p.startYear??)>
  <#local alsoUndated = undatedPlans?has_content?then(" " + (undatedPlans?size == 1)?then("A further plan is", fmt.words(undatedPlans?size)?cap_first + " further plans are") + " recorded without years.", "")>
  <#switch f.planStatus.name()>
    <#case "IN_FORCE">
      <#local p = f.planInForce>
      <#local points = points + [names.possessive(Name) + " " + (p.number??)?then(fmt.ordinalWord(p.number!0) + " ", "") + p.kind + " on Women, Peace and Security (resolution 1325), for "
          + fmt.year(p.startYear) + "–" + fmt.year(p.endYear) + ", is in force." + alsoUndated]>
      <#break>
    <#case "OPEN_ENDED">
      <#local p = f.planInForce>
      <#local points = points + [names.possessive(Name) + " latest " + p.kind + " on Women, Peace and Security, adopted in " + fmt.year(p.startYear)
          + (p.nationalActionPlan())?then("", " (not styled a National Action Plan)") + ", is the one in force as far as the data shows; the sources give it no end year." + alsoUndated]>
      <#break>
    <#case "EXPIRED">
      <#local p = datedPlans?last>
      <#if undatedPlans?has_content>
        <#local points = points + [names.possessive(Name) + " latest dated " + p.kind + " on Women, Peace and Security, " + fmt.year(p.startYear) + "–" + fmt.year(p.endYear!0)
            + ", has ended; " + (undatedPlans?size == 1)?then("one more plan is", fmt.words(undatedPlans?size) + " more plans are") + " recorded without years, so whether one is in force is not known."]>
      <#else>
        <#local points = points + [names.possessive(Name) + " latest " + p.kind + " on Women, Peace and Security, " + fmt.year(p.startYear) + "–" + fmt.year(p.endYear!0)
            + ", has ended; no newer plan is recorded in the data."]>
      </#if>
      <#break>
    <#case "DATES_UNKNOWN">
      <#if datedPlans?has_content>
        <#local u = undatedPlans?last>
        <#local points = points + [names.possessive(Name) + " latest " + u.kind + " on Women, Peace and Security" + (u.number??)?then(", its " + fmt.ordinalWord(u.number!0) + ",", "")
            + " is recorded without years, so whether a plan is in force is not known; the one before it started in " + fmt.year(datedPlans?last.startYear) + "."]>
      <#else>
        <#local points = points + ["The data records " + fmt.words(f.plans?size) + " National Action " + plural(f.plans?size, "Plan") + " on Women, Peace and Security for " + name + ", but the sources give no years, so whether one is in force is not known."]>
      </#if>
      <#break>
    <#case "NONE_RECORDED">
      <#local points = points + ["No National Action Plan on Women, Peace and Security is recorded in the data for " + name + "."]>
      <#break>
    <#default>
      <#local points = points + ["The data's status for " + names.possessive(name) + " National Action Plans is " + f.planStatus?lower_case?replace("_", " ") + "."]>
  </#switch>
  <#return points>
</#function>
