<#ftl output_format="plainText">
<#-- The name the recipient sees for the attached PDF brief (the file on disk keeps <ISO3>-brief-<YYYY-MM>.pdf).
     Characters no file system allows (\ / : * ? " < > |) are replaced with a dash after rendering.
     The words are wording.ftl's, in the message's language. -->
<#import "wording.ftl" as w>
${w.briefName(figures, fmt)}
