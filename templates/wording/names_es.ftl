<#ftl output_format="plainText">
<#--
  Gramática de los nombres en una frase en español. El nombre de un país con su artículo viene de
  lang.countryInText ("el Uruguay", "la Argentina", "Côte d’Ivoire"; véase words_es.properties);
  estas funciones forman "del Uruguay", "de la Argentina", "de Côte d’Ivoire".
-->

<#function de name>
  <#if name?starts_with("el ")><#return "del " + name?substring(3)></#if>
  <#return "de " + name>
</#function>

<#-- Un país nombrado con «los» o «las» concuerda en plural: «los Estados Unidos de América son»,
     «las Bahamas no tenían». byNumber(nombre, "es", "son"). Los artículos del plural son los de
     words_es.properties (grammar.pluralArticles), que el anexo también lee. -->
<#function byNumber name one many>
  <#return lang.pluralName(name)?then(many, one)>
</#function>

<#-- El 1.º, el 64.º -->
<#function ordinal n>
  <#return n?c + ".º">
</#function>

<#assign ordinals = ["primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo"]>
<#assign feminineOrdinals = ["primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena", "décima"]>
<#function ordinalWord n feminine=false>
  <#if n gte 1 && n lte 10><#return feminine?then(feminineOrdinals, ordinals)[n - 1]></#if>
  <#return feminine?then(n?c + ".ª", ordinal(n))>
</#function>

<#-- Un plan es masculino, una estrategia (el documento de un país que no lleva el nombre de plan de
     acción nacional) femenina: el artículo, el adjetivo y el participio concuerdan con el documento. -->
<#function feminine kind>
  <#return kind == "Strategy">
</#function>
<#function agree kind masculine feminineForm>
  <#return feminine(kind)?then(feminineForm, masculine)>
</#function>

<#-- Los números hasta diez en letras ("seis operaciones"), los demás en cifras; "una" en femenino. -->
<#assign small = ["ningún", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"]>
<#function words n fmt feminine=false>
  <#if n == 1><#return feminine?then("una", "un")></#if>
  <#if n == 0><#return feminine?then("ninguna", "ningún")></#if>
  <#return (n gte 0 && n lte 10)?then(small[n], fmt.count(n))>
</#function>

<#function plural n singular pluralForm="">
  <#return (n == 1)?then(singular, (pluralForm == "")?then(singular + "s", pluralForm))>
</#function>

<#-- "a, b y c" -->
<#function listed items>
  <#local out = "">
  <#list items as item>
    <#local out = out + item>
    <#if item?has_next><#local out = out + (item?index == items?size - 2)?then(" y ", ", ")></#if>
  </#list>
  <#return out>
</#function>
