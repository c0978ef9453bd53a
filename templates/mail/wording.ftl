<#ftl output_format="plainText">
<#--
  The wording both message bodies share, as plain strings: the key figures and the talking points.
  The plain-text body puts them after dashes, the HTML body in a table and a list (and escapes them).
  Every sentence is chosen by a condition on the figures; the talking points are the brief's own.
-->

<#import "../wording/talking-points.ftl" as tp>

<#-- The words around the figures. A language's copy (wording_fr.ftl) defines the same names. -->
<#assign languageTag = "en-GB">
<#assign keyFiguresHeading = "Key figures">
<#assign talkingPointsHeading = "Talking points">
<#assign attachedHeading = "Attached">
<#assign sourcesWord = "Sources">
<#-- Between a label and its value, and between the items of a list: French puts a space before
     the colon and the semicolon, one that never starts a line. -->
<#assign labelSeparator = ": ">
<#assign listSeparator = "; ">
<#function titleLine f fmt>
  <#return f.country.name + ": UN peacekeeping and Women, Peace and Security, " + fmt.month(f.month)>
</#function>
<#function subject f fmt>
  <#return f.country.name + ": UN peacekeeping brief, " + fmt.month(f.month)>
</#function>
<#function briefName f fmt>
  <#return f.country.name + " – UN peacekeeping brief – " + fmt.month(f.month) + ".pdf">
</#function>
<#function annexName f fmt>
  <#return f.country.name + " – UN peacekeeping annex – " + fmt.month(f.month) + ".xlsx">
</#function>
<#function subtitle monthText>
  <#return "UN peacekeeping and Women, Peace and Security, " + monthText>
</#function>
<#function attachedSentence monthText>
  <#return "Attached are the country brief (PDF) and its annex (Excel workbook, the same figures in sortable sheets), with data as of the end of " + monthText + ".">
</#function>
<#function asOf date>
  <#return "as of " + date>
</#function>

<#-- The key figures: a sequence of {label, value}. -->
<#function keyFigures f fmt>
  <#local monthText = fmt.month(f.month)>
  <#local rows = [{"label": "Uniformed personnel deployed", "value": fmt.count(f.total)}]>
  <#if !f.genderReported>
    <#local rows = rows + [{"label": "Women among them", "value": "not reported for " + monthText}]>
  <#elseif f.noPersonnel()>
    <#local rows = rows + [{"label": "Women among them", "value": "none (no personnel deployed)"}]>
  <#elseif f.total lt 10>
    <#-- Under ten people, the people: a share of a handful says little. -->
    <#local rows = rows + [{"label": "Women among them", "value": f.women + " of " + f.total}]>
  <#else>
    <#local rows = rows + [{"label": "Women among them", "value": fmt.count(f.women) + " (" + fmt.pct(f.womenShare) + ")"}]>
  </#if>
  <#if f.rank??>
    <#local rows = rows + [{"label": "Rank among contributing countries", "value": fmt.ordinal(f.rank) + " of " + fmt.count(f.contributors)}]>
  <#else>
    <#local rows = rows + [{"label": "Rank among contributing countries", "value": "not among the " + fmt.count(f.contributors) + " countries with personnel deployed"}]>
  </#if>
  <#if f.operationCount??>
    <#local rows = rows + [{"label": "Operations with personnel", "value": fmt.count(f.operationCount)}]>
  </#if>
  <#if f.yearAgo??>
    <#local y = f.yearAgo>
    <#local rows = rows + [{"label": "Change since " + fmt.month(y.month), "value": fmt.signed(y.change) + (y.changeShare??)?then(" (" + fmt.signedPct(y.changeShare!0) + ")", "")}]>
  </#if>
  <#-- Uniformed personnel first, civilian staff beside them; counted to the end of the brief's month, or to the
       fatalities data's last update when that comes first (the brief's sources say the same). -->
  <#local d = f.fatalities>
  <#local rows = rows + [{"label": "Uniformed nationals lost in UN peace operations, " + d.countedToBriefMonth()?then("to " + monthText, "as of " + fmt.isoDate(d.dataAsOf)), "value": fmt.count(d.uniformed)
      + (d.civilian gt 0)?then(", and " + fmt.count(d.civilian) + " civilian staff", "")}]>
  <#return rows>
</#function>

<#-- The brief's bottom line, word for word. -->
<#function bottomLine f fmt>
  <#return tp.bottomLine(f, fmt)>
</#function>

<#-- The brief's talking points, word for word (wording/talking-points.ftl). -->
<#function talkingPoints f fmt>
  <#return tp.talkingPoints(f, fmt)>
</#function>
