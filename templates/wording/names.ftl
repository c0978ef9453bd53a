<#ftl output_format="plainText">
<#--
  Grammar for names in running text. A country's name in a sentence comes with the data
  (figures.country.nameInText: "the Niger", "the Kingdom of the Netherlands"; see
  data/sources/country_names.csv); headings and tables keep the UN's list name.
-->

<#-- "Norway's", "the Netherlands'", "Cyprus'": an apostrophe alone after a final s. -->
<#function possessive name>
  <#return name + name?ends_with("s")?then("'", "'s")>
</#function>

<#-- Where operations are, after "in": "in the Middle East", "in Cyprus". -->
<#assign placesWithArticle = ["Central African Republic", "Democratic Republic of the Congo", "Golan", "Middle East"]>

<#function inPlace place>
  <#return placesWithArticle?seq_contains(place)?then("the " + place, place)>
</#function>
