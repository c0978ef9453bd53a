<#ftl output_format="plainText">
<#--
  The wording both message bodies share, as plain strings: the key figures and the talking points.
  The plain-text body puts them after dashes, the HTML body in a table and a list (and escapes them).
  Every sentence is chosen by a condition on the figures; see partials/talking-points.ftlx for the
  brief's longer version of the same points.
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

<#-- The key figures: a sequence of {label, value}. -->
<#function keyFigures f fmt>
  <#local monthText = fmt.month(f.month)>
  <#local rows = [{"label": "Uniformed personnel deployed", "value": fmt.count(f.total)}]>
  <#if !f.genderReported>
    <#local rows = rows + [{"label": "Women among them", "value": "not reported for " + monthText}]>
  <#elseif f.noPersonnel()>
    <#local rows = rows + [{"label": "Women among them", "value": "none (no personnel deployed)"}]>
  <#else>
    <#local rows = rows + [{"label": "Women among them", "value": fmt.count(f.women) + " (" + fmt.pct(f.womenShare) + ")"}]>
  </#if>
  <#if f.rank??>
    <#local rows = rows + [{"label": "Rank among contributing countries", "value": fmt.ordinal(f.rank) + " of " + fmt.count(f.contributors)}]>
  <#else>
    <#local rows = rows + [{"label": "Rank among contributing countries", "value": "not among the " + fmt.count(f.contributors) + " contributors"}]>
  </#if>
  <#if f.operationCount??>
    <#local rows = rows + [{"label": "Operations with personnel", "value": fmt.count(f.operationCount)}]>
  </#if>
  <#if f.yearAgo??>
    <#local y = f.yearAgo>
    <#local rows = rows + [{"label": "Change since " + fmt.month(y.month), "value": fmt.signed(y.change) + (y.changeShare??)?then(" (" + fmt.signedPct(y.changeShare!0) + ")", "")}]>
  </#if>
  <#local rows = rows + [{"label": "Nationals lost in UN peace operations, all time", "value": fmt.count(f.fatalities.total)}]>
  <#return rows>
</#function>

<#-- Three to six talking points, as sentences. -->
<#function talkingPoints f fmt>
  <#local name = f.country.name>
  <#local monthText = fmt.month(f.month)>
  <#local points = []>

  <#-- Size and rank -->
  <#if f.noPersonnel()>
    <#local points = points + [name + " had no uniformed personnel in UN peace operations at the end of " + monthText + "."]>
    <#local points = points + ["That month, " + fmt.count(f.contributors) + " countries contributed " + fmt.count(f.unTotal) + " uniformed personnel" + (f.unWomenShare??)?then(", of whom " + fmt.pct(f.unWomenShare!0) + " were women", "") + "."]>
  <#elseif f.rank??>
    <#local points = points + [name + " is the " + (f.rank gt 1)?then(fmt.ordinal(f.rank) + " ", "") + "largest of " + fmt.count(f.contributors)
        + " countries contributing uniformed personnel to UN peace operations, with " + fmt.count(f.total) + " deployed at the end of " + monthText + "."]>
  </#if>

  <#-- Women's share against the UN-wide share -->
  <#if !f.genderReported>
    <#local points = points + ["The UN report for " + monthText + " gives no split by gender, so how many of " + name + "'s personnel were women that month is not known."]>
  <#elseif !f.noPersonnel()>
    <#if f.women == 0>
      <#local points = points + ["None of its deployed personnel are women" + (f.unWomenShare??)?then("; across all contributors, women are " + fmt.pct(f.unWomenShare!0) + " of uniformed personnel", "") + "."]>
    <#elseif f.unWomenShare??>
      <#local c = fmt.comparePct(f.womenShare, f.unWomenShare)>
      <#local points = points + ["Women are " + fmt.pct(f.womenShare) + " of its personnel, " + (c gt 0)?then("above", (c lt 0)?then("below", "level with")) + " the UN-wide share of " + fmt.pct(f.unWomenShare) + "."]>
    </#if>
  </#if>

  <#-- Parity targets, only for categories with personnel -->
  <#local judged = f.parity?filter(p -> p.met??)>
  <#if judged?has_content>
    <#local met = judged?filter(p -> p.met)>
    <#local missed = judged?filter(p -> !p.met)>
    <#local year = fmt.year(judged[0].targetYear)>
    <#if met?has_content && missed?has_content>
      <#local points = points + ["It meets the " + year + " gender parity target for " + listed(met?map(p -> p.category?uncap_first)) + ", and falls short for " + listed(missed?map(p -> p.category?uncap_first)) + "."]>
    <#elseif met?has_content>
      <#local points = points + ["It meets the " + year + " gender parity targets in every category in which it deploys."]>
    <#else>
      <#local points = points + ["It falls short of the " + year + " gender parity target for " + listed(missed?map(p -> p.category?uncap_first)) + "."]>
    </#if>
  </#if>

  <#-- Largest deployment -->
  <#if f.byOperation?has_content>
    <#local top = f.byOperation[0]>
    <#if f.byOperation?size == 1>
      <#local points = points + ["All of them serve with " + top.acronym + (top.location??)?then(" (" + top.location! + ")", "") + "."]>
    <#elseif top.total gt f.byOperation[1].total>
      <#local points = points + ["Its largest deployment is to " + top.acronym + (top.location??)?then(" in " + top.location!, "") + ", with " + fmt.count(top.total) + " personnel."]>
    </#if>
  </#if>

  <#-- Trend (nationals lost stay in the key figures: six points at most) -->
  <#if !f.yearAgo??>
    <#local points = points + ["The data holds no figures for twelve months before " + monthText + ", so no trend is given."]>
  <#elseif !f.noPersonnel()>
    <#local y = f.yearAgo>
    <#if y.change gt 0>
      <#local points = points + ["That is " + fmt.count(y.change) + " more than in " + fmt.month(y.month) + "."]>
    <#elseif y.change lt 0>
      <#local points = points + ["That is " + fmt.count(y.change?abs) + " fewer than in " + fmt.month(y.month) + "."]>
    <#else>
      <#local points = points + ["Its deployment is the same size as in " + fmt.month(y.month) + "."]>
    </#if>
  </#if>

  <#-- National Action Plan -->
  <#switch f.planStatus.name()>
    <#case "IN_FORCE">
      <#local p = f.planInForce>
      <#local points = points + [name + "'s " + (p.number??)?then(fmt.ordinal(p.number!0) + " ", "") + "National Action Plan on Women, Peace and Security, for " + fmt.year(p.startYear) + (p.endYear??)?then("–" + fmt.year(p.endYear!0), "") + ", is in force."]>
      <#break>
    <#case "OPEN_ENDED">
      <#local points = points + [name + " adopted a National Action Plan on Women, Peace and Security in " + fmt.year(f.planInForce.startYear) + "; the sources give no end year."]>
      <#break>
    <#case "EXPIRED">
      <#local points = points + [name + "'s latest National Action Plan on Women, Peace and Security in the data has ended; no later plan is recorded."]>
      <#break>
    <#case "NOT_YET_ADOPTED">
      <#local points = points + ["The first National Action Plan on Women, Peace and Security recorded for " + name + " starts in " + fmt.year(f.plans[0].startYear) + "."]>
      <#break>
    <#default>
      <#local points = points + ["No National Action Plan on Women, Peace and Security is recorded in the data for " + name + "."]>
  </#switch>
  <#return points>
</#function>
