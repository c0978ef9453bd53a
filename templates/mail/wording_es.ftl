<#ftl output_format="plainText">
<#-- El vocabulario del correo en español: mismos nombres que wording.ftl (inglés). -->
<#import "../wording/talking-points.ftl" as tp>
<#import "../wording/names.ftl" as g>

<#assign languageTag = "es-ES">
<#assign keyFiguresHeading = "Cifras clave">
<#assign talkingPointsHeading = "Puntos de conversación">
<#assign attachedHeading = "Archivos adjuntos">
<#assign sourcesWord = "Fuentes">
<#assign labelSeparator = ": ">
<#assign listSeparator = "; ">
<#function titleLine f fmt>
  <#return lang.country(f.country) + ": mantenimiento de la paz de las Naciones Unidas y mujeres y paz y seguridad, " + fmt.month(f.month)>
</#function>
<#function subject f fmt>
  <#return lang.country(f.country) + ": nota de país sobre el mantenimiento de la paz, " + fmt.month(f.month)>
</#function>
<#function briefName f fmt>
  <#return lang.country(f.country) + " – Nota sobre el mantenimiento de la paz – " + fmt.month(f.month) + ".pdf">
</#function>
<#function annexName f fmt>
  <#return lang.country(f.country) + " – Anexo sobre el mantenimiento de la paz – " + fmt.month(f.month) + ".xlsx">
</#function>
<#function subtitle monthText>
  <#return "Mantenimiento de la paz de las Naciones Unidas y mujeres y paz y seguridad, " + monthText>
</#function>
<#function attachedSentence monthText>
  <#return "Se adjuntan la nota de país (PDF) y su anexo (libro de Excel con las mismas cifras en hojas ordenables), con datos a finales de " + monthText + ".">
</#function>
<#function asOf date>
  <#return "al " + date>
</#function>

<#function keyFigures f fmt>
  <#local monthText = fmt.month(f.month)>
  <#local rows = [{"label": "Personal uniformado desplegado", "value": fmt.count(f.total)}]>
  <#if !f.genderReported>
    <#local rows = rows + [{"label": "Mujeres", "value": "sin datos para " + monthText}]>
  <#elseif f.noPersonnel()>
    <#local rows = rows + [{"label": "Mujeres", "value": "ninguna (ningún efectivo desplegado)"}]>
  <#elseif f.total lt 10>
    <#local rows = rows + [{"label": "Mujeres", "value": f.women + " de " + f.total}]>
  <#else>
    <#local rows = rows + [{"label": "Mujeres", "value": fmt.count(f.women) + " (" + fmt.pct(f.womenShare) + ")"}]>
  </#if>
  <#if f.rank??>
    <#local rows = rows + [{"label": "Puesto entre los países contribuyentes", "value": g.ordinal(f.rank) + " de " + fmt.count(f.contributors)}]>
  <#else>
    <#local rows = rows + [{"label": "Puesto entre los países contribuyentes", "value": "no figura entre los " + fmt.count(f.contributors) + " países con personal desplegado"}]>
  </#if>
  <#if f.operationCount??>
    <#local rows = rows + [{"label": "Operaciones con personal del país", "value": fmt.count(f.operationCount)}]>
  </#if>
  <#if f.yearAgo??>
    <#local y = f.yearAgo>
    <#local rows = rows + [{"label": "Variación desde " + fmt.month(y.month), "value": fmt.signed(y.change) + (y.changeShare??)?then(" (" + fmt.signedPct(y.changeShare!0) + ")", "")}]>
  </#if>
  <#local d = f.fatalities>
  <#local rows = rows + [{"label": "Nacionales uniformados fallecidos en operaciones de paz, " + d.countedToBriefMonth()?then("hasta " + monthText, "al " + fmt.isoDate(d.dataAsOf)), "value": fmt.count(d.uniformed)
      + (d.civilian gt 0)?then(", y " + fmt.count(d.civilian) + " " + g.plural(d.civilian, "miembro", "miembros") + " del personal civil", "")}]>
  <#return rows>
</#function>

<#function bottomLine f fmt>
  <#return tp.bottomLine(f, fmt)>
</#function>

<#function talkingPoints f fmt>
  <#return tp.talkingPoints(f, fmt)>
</#function>
