<#ftl output_format="plainText" strip_whitespace=true>
<#-- The plain-text body. Given a MailView: figures, sources, brief and annex (attachment names), fmt, lang.
     The words are in wording.ftl, taken in the message's language (wording_fr.ftl in French). -->
<#import "wording.ftl" as w>
<#assign f = figures>
<#assign monthText = fmt.month(f.month)>
${w.titleLine(f, fmt)}

${w.bottomLine(f, fmt)}

${w.attachedSentence(monthText)}

${w.keyFiguresHeading?upper_case}
<#list w.keyFigures(f, fmt) as row>
- ${row.label}${w.labelSeparator}${row.value}
</#list>

${w.talkingPointsHeading?upper_case}
<#list w.talkingPoints(f, fmt) as point>
- ${point}
</#list>

${w.attachedHeading?upper_case}
- ${brief}
- ${annex}

${w.sourcesWord}${w.labelSeparator}<#list sources as s>${lang.source(s.id, "title", s.title)} (${lang.source(s.id, "publisher", s.publisher)}<#if s.asOf??>, ${w.asOf(fmt.isoDate(s.asOf))}</#if>)<#sep>${w.listSeparator}</#list>.
