<#ftl output_format="plainText">
<#-- The name the recipient sees for the attached Excel annex; the words are wording.ftl's. -->
<#import "wording.ftl" as w>
${w.annexName(figures, fmt)}
