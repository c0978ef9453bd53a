<#ftl output_format="plainText" strip_whitespace=true>
<#-- The plain-text body. Given a MailView: figures, sources, brief and annex (attachment names), fmt. -->
<#import "wording.ftl" as w>
<#assign f = figures>
<#assign monthText = fmt.month(f.month)>
${f.country.name}: UN peacekeeping and Women, Peace and Security, ${monthText}

${w.bottomLine(f, fmt)}

Attached are the country brief (PDF) and its annex (Excel workbook, the same figures in sortable sheets), with data as of the end of ${monthText}.

KEY FIGURES
<#list w.keyFigures(f, fmt) as row>
- ${row.label}: ${row.value}
</#list>

TALKING POINTS
<#list w.talkingPoints(f, fmt) as point>
- ${point}
</#list>

ATTACHED
- ${brief}
- ${annex}

Sources: <#list sources as s>${s.title} (${s.publisher}<#if s.asOf??>, as of ${fmt.isoDate(s.asOf)}</#if>)<#sep>; </#list>.
