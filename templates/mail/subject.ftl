<#ftl output_format="plainText">
<#-- The subject line. Given a MailView (figures, fmt, lang). One line; spaces at either end are dropped.
     The words are wording.ftl's, in the message's language. -->
<#import "wording.ftl" as w>
${w.subject(figures, fmt)}
