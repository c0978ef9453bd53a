<#ftl output_format="plainText">
<#--
  Grammaire des noms dans une phrase française. Le nom d'un pays avec son article vient de
  lang.countryInText ("le Sénégal", "la Côte d’Ivoire", "les Pays-Bas", "Madagascar"; voir
  words_fr.properties) ; ces fonctions en font "du Sénégal", "de la Côte d’Ivoire", "des
  Pays-Bas", "de Madagascar", "d’Haïti".
-->

<#function de name>
  <#if name?starts_with("le ")><#return "du " + name?substring(3)></#if>
  <#if name?starts_with("les ")><#return "des " + name?substring(4)></#if>
  <#if name?starts_with("la ") || name?starts_with("l’")><#return "de " + name></#if>
  <#return elidedDe(name) + name>
</#function>

<#-- "de " ou "d’" devant un mot : "à la fin d’août 2023", "d’octobre", "à la fin de juin 2015". -->
<#function elidedDe word>
  <#return word?matches("^[AEIOUYÉÈÊÎÔHaeiouyéèêîôh].*", "s")?then("d’", "de ")>
</#function>

<#-- Un pays nommé avec « les » est pluriel, ses verbes et ses possessifs aussi : « les Philippines
     sont », « les Comores n’avaient », « leur personnel ». byNumber(nom, "est", "sont"). Les articles
     du pluriel sont ceux de words_fr.properties (grammar.pluralArticles), que l’annexe lit aussi. -->
<#function byNumber name one many>
  <#return lang.pluralName(name)?then(many, one)>
</#function>

<#-- "à" + nom: "au Sénégal", "à la Côte d’Ivoire", "aux Pays-Bas", "à Madagascar". -->
<#function a name>
  <#if name?starts_with("le ")><#return "au " + name?substring(3)></#if>
  <#if name?starts_with("les ")><#return "aux " + name?substring(4)></#if>
  <#return "à " + name>
</#function>

<#-- Le 1er, le 64e. -->
<#function ordinal n>
  <#return (n == 1)?then("1er", n?c + "e")>
</#function>

<#-- Premier, deuxième... : le rang d'un plan ("son troisième plan d'action national"). -->
<#assign ordinals = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"]>
<#function ordinalWord n feminine=false>
  <#if feminine && n == 1><#return "première"></#if>
  <#return (n gte 1 && n lte 10)?then(ordinals[n - 1], ordinal(n))>
</#function>

<#-- Un plan est masculin, une stratégie (le document d'un pays qui ne porte pas le nom de plan
     d'action national) féminine : l'article, l'adjectif et le participe s'accordent avec le document. -->
<#function feminine kind>
  <#return kind == "Strategy">
</#function>
<#function agree kind masculine feminineForm>
  <#return feminine(kind)?then(feminineForm, masculine)>
</#function>

<#-- Les nombres jusqu'à dix en lettres ("six opérations"), au-delà en chiffres ; "une" au féminin. -->
<#assign small = ["aucun", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]>
<#function words n fmt feminine=false>
  <#if n == 1><#return feminine?then("une", "un")></#if>
  <#if n == 0><#return feminine?then("aucune", "aucun")></#if>
  <#return (n gte 0 && n lte 10)?then(small[n], fmt.count(n))>
</#function>

<#-- "femme", "femmes" ; "1 femme", "6 femmes". -->
<#function plural n singular pluralForm="">
  <#return (n == 1 || n == 0)?then(singular, (pluralForm == "")?then(singular + "s", pluralForm))>
</#function>

<#-- "a, b et c" -->
<#function listed items>
  <#local out = "">
  <#list items as item>
    <#local out = out + item>
    <#if item?has_next><#local out = out + (item?index == items?size - 2)?then(" et ", ", ")></#if>
  </#list>
  <#return out>
</#function>
