<#ftl output_format="plainText">
<#-- Las palabras de la página de un país en español: mismos nombres que words.ftl (inglés). -->
<#assign languageTag = "es-ES">
<#assign site = "Mantenimiento de la paz de las Naciones Unidas y mujeres y paz y seguridad">
<#assign countriesLink = "Países">
<#assign bulkLink = "Producción por lotes">
<#assign noEarlier = "ningún mes anterior">
<#assign latest = "último mes">
<#assign show = "Mostrar">
<#assign monthLabel = "Mes">
<#assign briefButton = "Nota (PDF)">
<#assign annexButton = "Anexo (Excel)">
<#assign mailButton = "Borrador de correo (.eml)">
<#assign chartsHeading = "Gráficos">
<#assign notesHeading = "Notas">

<#function allCountries monthText><#return "Todos los países, " + monthText></#function>

<#function dataAsOf monthText><#return "Datos a finales de "></#function>

<#function chartTitle id f fmt>
  <#switch id>
    <#case "by-type"><#return "Personal por categoría" + f.genderReported?then(", hombres y mujeres", "")>
    <#case "parity"><#return "Proporción de mujeres frente a las metas de paridad">
    <#case "series"><#return "Despliegue, últimos 24 meses">
    <#default><#return "Desde " + fmt.year(f.series[0].month.year)>
  </#switch>
</#function>

<#function noCharts f lang monthText>
  <#return lang.countryInText(f.country)?cap_first + " no tenía personal que representar a finales de " + monthText + "; la nota lo dice con palabras.">
</#function>
