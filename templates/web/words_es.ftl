<#ftl output_format="plainText">
<#-- Las palabras de la página de un país en español: mismos nombres que words.ftl (inglés). -->
<#import "../wording/names.ftl" as g>
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
  <#local inText = lang.countryInText(f.country)>
  <#return inText?cap_first + " " + g.byNumber(inText, "no tenía", "no tenían") + " personal que representar a finales de " + monthText + "; la nota lo dice con palabras.">
</#function>

<#-- La página de los países. -->
<#function countriesTitle monthText><#return "Países, " + monthText></#function>
<#assign languageLabel = "Idioma">
<#assign findLabel = "Buscar">
<#assign findPlaceholder = "Nombre o código ISO3">
<#assign contributorsOnly = "Solo países contribuyentes">
<#assign regionLabel = "Región">
<#assign allRegions = "Todas">
<#assign countryOne = "país">
<#assign countryMany = "países">
<#assign countryHeading = "País">
<#assign iso3Heading = "ISO3">
<#assign personnelHeading = "Personal">
<#assign womenHeading = "Mujeres">
<#assign shareHeading = "Proporción">
<#assign rankHeading = "Puesto">
<#assign changeHeading = "Variación en un año">
<#assign operationsHeading = "Operaciones">
<#assign planHeading = "Plan de acción nacional">
<#assign notReported = "sin datos">
<#function region name>
  <#return {"Africa": "África", "Americas": "Américas", "Asia": "Asia", "Europe": "Europa", "Oceania": "Oceanía"}[name]!name>
</#function>
<#function ordinal n fmt><#return g.ordinal(n)></#function>
<#function planText status>
  <#switch status>
    <#case "IN_FORCE"><#return "En vigor">
    <#case "OPEN_ENDED"><#return "Aprobado, sin año de finalización">
    <#case "EXPIRED"><#return "Concluido">
    <#case "NOT_YET_ADOPTED"><#return "Aún no en vigor">
    <#case "DATES_UNKNOWN"><#return "Registrado, fechas desconocidas">
    <#default><#return "Ninguno registrado">
  </#switch>
</#function>
<#function cannotDerive codes><#return "No se pudieron obtener las cifras de " + codes + ":"></#function>
<#assign saysWhy = "indica el motivo.">
<#function countriesNote monthText>
  <#return "Personal uniformado a finales de " + monthText + ", según el informe mensual de las Naciones Unidas sobre las contribuciones. Un plan «ninguno registrado» significa que los datos no recogen ninguno; el país puede tenerlo de todos modos.">
</#function>
