<#ftl output_format="plainText">
<#--
  A country's name in running text, as UN documents write it: with "the" where English needs it
  ("the Netherlands", "the Republic of Korea", "the United Kingdom of Great Britain and Northern
  Ireland"), and with the part in brackets put first ("Iran (Islamic Republic of)" reads "the
  Islamic Republic of Iran"). Headings, tables and file names keep the UN's list name. At the
  start of a sentence, use ?cap_first.
-->

<#-- The UN short names (UNTERM) that take the definite article, by ISO3 code. -->
<#assign withArticle = ["ARE", "BHS", "CAF", "COD", "COG", "COM", "DOM", "GBR", "GMB", "KOR", "LAO", "MDA", "MHL",
                        "NER", "NLD", "PHL", "PRK", "PSE", "RUS", "SDN", "SYR", "TZA", "USA", "VAT"]>

<#function inText country>
  <#local inverted = country.name?matches("(.+) \\((.+ of(?: the)?)\\)")>
  <#if inverted>
    <#return "the " + inverted?groups[2] + " " + inverted?groups[1]>
  </#if>
  <#return withArticle?seq_contains(country.iso3)?then("the " + country.name, country.name)>
</#function>

<#-- "Norway's", "the Netherlands'", "Cyprus'": an apostrophe alone after a final s. -->
<#function possessive name>
  <#return name + name?ends_with("s")?then("'", "'s")>
</#function>

<#-- Where operations are, after "in": "in the Middle East", "in Cyprus". -->
<#assign placesWithArticle = ["Central African Republic", "Democratic Republic of the Congo", "Golan", "Middle East"]>

<#function inPlace place>
  <#return placesWithArticle?seq_contains(place)?then("the " + place, place)>
</#function>
