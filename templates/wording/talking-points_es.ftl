<#ftl output_format="plainText">
<#import "names.ftl" as g>
<#--
  Los puntos de conversación, en frases sencillas: la nota los enumera (partials/talking-points.ftlx)
  y el correo de acompañamiento los repite, de modo que ambos dicen siempre lo mismo. De tres a seis
  puntos, cada uno elegido según las cifras. Mismas funciones que talking-points.ftl (inglés).
-->

<#function category p>
  <#return lang.term(p.category)?uncap_first>
</#function>

<#-- Las categorías de nombre femenino llevan su artículo: "las unidades de policía constituidas". -->
<#assign feminineCategories = ["Formed police units"]>
<#function theCategory p>
  <#return feminineCategories?seq_contains(p.category)?then("las ", "los ") + category(p)>
</#function>

<#function parityItem p fmt>
  <#return theCategory(p) + " (" + fmt.pct(p.womenShare) + ", frente a una meta del " + fmt.pct0(p.target) + ")">
</#function>

<#function gapItem p fmt>
  <#return theCategory(p) + " (" + fmt.pct(p.womenShare) + " frente a una meta del " + fmt.pct0(p.target) + ": " + (p.womenNeeded == 1)?then("haría", "harían") + " falta "
      + g.words(p.womenNeeded, fmt, true) + " " + g.plural(p.womenNeeded, "mujer", "mujeres") + " más entre sus " + fmt.count(p.total) + " efectivos)">
</#function>

<#-- "1 persona, ninguna mujer", "5 personas, 2 de ellas mujeres" -->
<#function people total women>
  <#return (total == 1)?then("1 persona", total + " personas") + ", " + (women == 0)?then("ninguna mujer", (women == 1)?then("1 mujer", women + " mujeres"))>
</#function>

<#function womenText f fmt>
  <#if f.total lt 10>
    <#return fmt.count(f.women) + " de " + fmt.count(f.total)>
  </#if>
  <#return fmt.pct(f.womenShare)>
</#function>

<#function deathsText d fmt>
  <#local u = fmt.count(d.uniformed) + " " + (d.uniformed == 1)?then("miembro del personal uniformado", "miembros del personal uniformado")>
  <#local c = fmt.count(d.civilian) + " " + (d.civilian == 1)?then("miembro del personal civil", "miembros del personal civil")>
  <#if d.civilian == 0><#return u></#if>
  <#if d.uniformed == 0><#return c></#if>
  <#return u + " y " + c>
</#function>

<#function bottomLine f fmt>
  <#if f.noPersonnel()>
    <#local was = (f.yearAgo?? && f.yearAgo.total gt 0)?then(", frente a " + fmt.count(f.yearAgo.total) + " un año antes", f.yearAgo???then(", como un año antes", ""))>
    <#local d = f.fatalities>
    <#local lost = (d.total gt 0)?then("; " + fmt.count(d.total) + " " + g.plural(d.total, "nacional", "nacionales") + " " + (d.total == 1)?then("ha perdido", "han perdido") + " la vida al servicio de operaciones de paz de las Naciones Unidas", "")>
    <#return "Ningún efectivo uniformado desplegado a finales de " + fmt.month(f.month) + was + lost + ".">
  </#if>
  <#local specialist = f.byType?filter(t -> t.total gt 0 && (t.type.name() == "TROOPS" || t.type.name() == "FORMED_POLICE_UNITS"))?size == 0>
  <#local size = (f.total gte 1000)?then("Una contribución importante", (f.total gte 100)?then("Una contribución considerable", "Una contribución pequeña" + specialist?then(" de especialistas", "")))>
  <#local people = fmt.count(f.total) + " " + g.plural(f.total, "persona")>
  <#local where = f.operationCount???then((f.operationCount == 1)?then(" en una operación", " en " + g.words(f.operationCount, fmt, true) + " operaciones"), "")>
  <#local trend = "">
  <#if f.yearAgo?? && f.yearAgo.changeShare??>
    <#local y = f.yearAgo>
    <#if y.change == 0>
      <#local trend = ", sin cambios en un año">
    <#elseif y.changeShare?abs lt 0.005>
      <#local trend = ", casi igual que un año antes">
    <#else>
      <#local trend = ", " + (y.change gt 0)?then("un aumento del ", "una disminución del ") + fmt.pct0(((y.changeShare * 100)?round / 100)?abs) + " en un año">
    </#if>
  </#if>
  <#local women = "">
  <#if f.genderReported && f.total == 1>
    <#local women = (f.women == 1)?then(", una mujer", ", un hombre")>
  <#elseif f.genderReported>
    <#local women = "; mujeres: " + womenText(f, fmt)>
    <#if f.total gte 10>
      <#if f.unWomenShare??>
        <#local c = fmt.comparePct(f.womenShare, f.unWomenShare)>
        <#local women = women + ", " + (c gt 0)?then("por encima de", (c lt 0)?then("por debajo de", "al nivel de")) + " la media de las Naciones Unidas">
      </#if>
      <#local judged = f.parity?filter(p -> p.met??)>
      <#local missed = judged?filter(p -> !p.met)>
      <#if missed?has_content>
        <#local women = women + ", sin alcanzar " + (missed?size == 1)?then("la meta", "las metas") + " de " + fmt.year(missed[0].targetYear) + " para " + g.listed(missed?map(p -> theCategory(p)))>
      <#elseif judged?has_content>
        <#local women = women + ", conforme a " + (judged?size == 1)?then("la meta", "las metas") + " de " + fmt.year(judged[0].targetYear) + " para " + g.listed(judged?map(p -> theCategory(p)))>
      </#if>
    </#if>
  </#if>
  <#return size + ": " + people + where + trend + women + ".">
</#function>

<#function talkingPoints f fmt>
  <#local name = lang.countryInText(f.country)>
  <#local Name = name?cap_first>
  <#local deName = g.de(name)>
  <#local monthText = fmt.month(f.month)>
  <#local points = []>

  <#if f.noPersonnel()>
    <#local earlier = (f.yearAgo?? && f.yearAgo.total gt 0)?then("; doce meses antes, en " + fmt.month(f.yearAgo.month) + ", tenía " + fmt.count(f.yearAgo.total), "")>
    <#local points = points + [Name + " " + g.byNumber(name, "no tenía", "no tenían") + " personal uniformado en operaciones de paz de las Naciones Unidas a finales de " + monthText + earlier
        + ". Ese mes, " + fmt.count(f.contributors) + " países aportaban personal uniformado"
        + (f.unWomenShare??)?then(", del cual el " + fmt.pct(f.unWomenShare!0) + " eran mujeres", "") + "."]>
  <#else>
    <#local trend = "">
    <#if f.yearAgo??>
      <#local y = f.yearAgo>
      <#if y.change gt 0>
        <#local trend = ", " + fmt.count(y.change) + " más que en " + fmt.month(y.month) + " (" + fmt.count(y.total) + ")" + (y.changeShare??)?then(", un aumento del " + fmt.pct(y.changeShare!0), "")>
      <#elseif y.change lt 0>
        <#local trend = ", " + fmt.count(y.change?abs) + " menos que en " + fmt.month(y.month) + " (" + fmt.count(y.total) + "), una disminución del " + fmt.pct((y.changeShare!0)?abs)>
      <#else>
        <#local trend = ", tantos como en " + fmt.month(y.month)>
      </#if>
    </#if>
    <#local where = f.operationCount???then(" en " + g.words(f.operationCount, fmt, true) + " " + g.plural(f.operationCount, "operación", "operaciones"), "")>
    <#if f.rank??>
      <#local points = points + [Name + " " + g.byNumber(name, "es", "son") + " el " + (f.rank gt 1)?then(g.ordinal(f.rank) + " ", "primer ") + "país que más personal uniformado aporta a las operaciones de paz de las Naciones Unidas, de "
          + fmt.count(f.contributors) + ", con " + fmt.count(f.total) + " " + g.plural(f.total, "persona") + " " + (f.total == 1)?then("desplegada", "desplegadas") + where + " a finales de " + monthText + trend + "."]>
    <#else>
      <#local points = points + [Name + " " + g.byNumber(name, "tenía", "tenían") + " " + fmt.count(f.total) + " " + g.plural(f.total, "efectivo") + " uniformado" + (f.total gt 1)?then("s", "") + " desplegado" + (f.total gt 1)?then("s", "") + where + " a finales de " + monthText + trend + "."]>
    </#if>
  </#if>

  <#if f.noPersonnel()>
    <#-- Nobody deployed: no share of women to give, nor to call unknown. -->
  <#elseif !f.genderReported>
    <#local points = points + ["El informe de las Naciones Unidas de " + monthText + " no desglosa el personal por sexo, por lo que se desconoce cuántas mujeres había ese mes entre el personal " + deName + "."]>
  <#else>
    <#if f.total == 1>
      <#local points = points + ["Su única persona desplegada es " + (f.women == 1)?then("una mujer", "un hombre") + "."]>
    <#elseif f.women == 0>
      <#local points = points + ["Ninguno de sus " + (f.total lt 10)?then(g.words(f.total, fmt), fmt.count(f.total)) + " efectivos desplegados es mujer"
          + (f.unWomenShare?? && f.total gte 10)?then("; en el conjunto de los países contribuyentes, las mujeres son el " + fmt.pct(f.unWomenShare!0) + " del personal uniformado", "") + "."]>
    <#elseif f.women == f.total && f.total lt 10>
      <#local points = points + ["Sus " + g.words(f.total, fmt) + " efectivos son mujeres."]>
    <#elseif f.total lt 10>
      <#local points = points + ["De sus " + g.words(f.total, fmt) + " efectivos, " + (f.women == 1)?then("una es mujer", g.words(f.women, fmt, true) + " son mujeres") + "."]>
    <#elseif f.unWomenShare??>
      <#local c = fmt.comparePct(f.womenShare, f.unWomenShare)>
      <#local points = points + ["Las mujeres son el " + fmt.pct(f.womenShare) + " de su personal (" + fmt.count(f.women) + " de " + fmt.count(f.total) + "), "
          + (c gt 0)?then("por encima de", (c lt 0)?then("por debajo de", "al nivel de")) + " la media del conjunto de los países contribuyentes (" + fmt.pct(f.unWomenShare) + ")."]>
    <#else>
      <#local points = points + ["Las mujeres son el " + fmt.pct(f.womenShare) + " de su personal (" + fmt.count(f.women) + " de " + fmt.count(f.total) + ")."]>
    </#if>
  </#if>

  <#local judged = f.parity?filter(p -> p.met??)>
  <#if judged?has_content>
    <#local met = judged?filter(p -> p.met)>
    <#local missed = judged?filter(p -> !p.met)>
    <#local year = fmt.year(judged[0].targetYear)>
    <#if met?has_content && missed?has_content>
      <#local points = points + ["El país cumple " + (met?size == 1)?then("la meta", "las metas") + " de paridad de género de " + year + " para " + g.listed(met?map(p -> parityItem(p, fmt)))
          + ", pero no para " + g.listed(missed?map(p -> gapItem(p, fmt))) + "."]>
    <#elseif met?has_content>
      <#local points = points + ["El país cumple " + (met?size == 1)?then("la meta", "las metas") + " de paridad de género de " + year + " para " + g.listed(met?map(p -> parityItem(p, fmt))) + "."]>
    <#else>
      <#local points = points + ["El país no alcanza " + (missed?size == 1)?then("la meta", "las metas") + " de paridad de género de " + year + " para " + g.listed(missed?map(p -> gapItem(p, fmt))) + "."]>
    </#if>
  </#if>

  <#if f.byOperation?has_content>
    <#local top = f.byOperation[0]>
    <#local tied = f.byOperation?filter(o -> o.total == top.total)>
    <#local place = (top.location??)?then(" (" + lang.place(top.acronym, top.location!"") + ")", "")>
    <#if f.byOperation?size == 1>
      <#local points = points + [(f.total == 1)?then("Esa persona presta servicio en la operación ", "Sus " + g.words(f.total, fmt) + " efectivos prestan servicio en la operación ") + top.acronym + place + "."]>
    <#elseif tied?size gt 1>
      <#local points = points + ["Sus mayores despliegues, " + (top.total == 1)?then("una persona", fmt.count(top.total) + " efectivos") + " cada uno, están en las operaciones " + g.listed(tied?map(o -> o.acronym + (o.location??)?then(" (" + lang.place(o.acronym, o.location!"") + ")", ""))) + "."]>
    <#else>
      <#local points = points + ["Su mayor despliegue está en la operación " + top.acronym + place + ", con " + fmt.count(top.total) + " " + g.plural(top.total, "efectivo")
          + (top.women??)?then(" (" + ((top.women!0) == 0)?then("ninguna mujer", fmt.count(top.women!0) + " " + g.plural(top.women!0, "mujer", "mujeres")) + ")", "") + "."]>
    </#if>
  <#elseif !f.noPersonnel() && !f.operationBreakdown>
    <#local points = points + ["El informe de las Naciones Unidas de " + monthText + " solo da el personal por país y categoría, por lo que los datos de ese mes no indican dónde presta servicio."]>
  </#if>

  <#local d = f.fatalities>
  <#if d.total gt 0>
    <#local since = (d.firstYear == d.lastYear)?then("En " + fmt.year(d.firstYear), "Desde " + fmt.year(d.firstYear))>
    <#local points = points + [since + ", " + deathsText(d, fmt) + " " + deName + " " + (d.total == 1)?then("ha perdido", "han perdido") + " la vida al servicio de operaciones de paz de las Naciones Unidas"
        + (d.uniformed gt 0 && d.civilian gt 0)?then(", " + fmt.count(d.total) + " nacionales en total", "") + "."]>
  <#else>
    <#local points = points + ["Los datos de las Naciones Unidas sobre víctimas mortales no registran ningún nacional " + deName + " entre quienes murieron al servicio de operaciones de paz de las Naciones Unidas."]>
  </#if>

  <#local datedPlans = f.plans?filter(p -> p.startYear??)>
  <#local undatedPlans = f.plans?filter(p -> !p.startYear??)>
  <#local alsoUndated = undatedPlans?has_content?then(" " + (undatedPlans?size == 1)?then("Otro plan figura", g.words(undatedPlans?size, fmt)?cap_first + " planes más figuran") + " en los datos sin fechas.", "")>
  <#switch f.planStatus.name()>
    <#case "IN_FORCE">
      <#local p = f.planInForce>
      <#local points = points + [(g.agree(p.kind, "el ", "la ") + (p.number??)?then(g.ordinalWord(p.number!0, g.feminine(p.kind)) + " ", "") + lang.term(p.kind) + " " + deName)?cap_first + " sobre las mujeres y la paz y la seguridad (resolución 1325), para "
          + fmt.year(p.startYear) + "–" + fmt.year(p.endYear) + ", está en vigor." + alsoUndated]>
      <#break>
    <#case "OPEN_ENDED">
      <#local p = f.planInForce>
      <#local points = points + [(g.agree(p.kind, "el último ", "la última ") + lang.term(p.kind) + " " + deName)?cap_first + " sobre las mujeres y la paz y la seguridad, " + g.agree(p.kind, "aprobado", "aprobada") + " en " + fmt.year(p.startYear)
          + (p.nationalActionPlan())?then("", " (que no lleva el nombre de plan de acción nacional)") + ", es " + g.agree(p.kind, "el", "la") + " vigente según los datos; las fuentes no indican año de finalización." + alsoUndated]>
      <#break>
    <#case "EXPIRED">
      <#local p = datedPlans?last>
      <#if undatedPlans?has_content>
        <#local points = points + [(g.agree(p.kind, "el último ", "la última ") + lang.term(p.kind) + " con fechas " + deName)?cap_first + " sobre las mujeres y la paz y la seguridad, " + fmt.year(p.startYear) + "–" + fmt.year(p.endYear!0)
            + ", ha concluido; " + (undatedPlans?size == 1)?then("otro plan figura", g.words(undatedPlans?size, fmt) + " planes más figuran") + " sin fechas, por lo que no se sabe si hay uno en vigor."]>
      <#else>
        <#local points = points + [(g.agree(p.kind, "el último ", "la última ") + lang.term(p.kind) + " " + deName)?cap_first + " sobre las mujeres y la paz y la seguridad, " + fmt.year(p.startYear) + "–" + fmt.year(p.endYear!0)
            + ", ha concluido; los datos no registran ningún plan posterior."]>
      </#if>
      <#break>
    <#case "DATES_UNKNOWN">
      <#if datedPlans?has_content>
        <#local u = undatedPlans?last>
        <#local points = points + [(g.agree(u.kind, "el último ", "la última ") + lang.term(u.kind) + " " + deName)?cap_first + " sobre las mujeres y la paz y la seguridad" + (u.number??)?then(", " + g.agree(u.kind, "el ", "la ") + g.ordinalWord(u.number!0, g.feminine(u.kind)) + ",", "")
            + " figura sin fechas, por lo que no se sabe si hay un plan en vigor; el anterior comenzó en " + fmt.year(datedPlans?last.startYear) + "."]>
      <#else>
        <#local points = points + ["Los datos registran " + g.words(f.plans?size, fmt) + " " + g.plural(f.plans?size, "plan", "planes") + " de acción " + g.plural(f.plans?size, "nacional", "nacionales") + " sobre las mujeres y la paz y la seguridad para " + name + ", pero las fuentes no indican sus fechas, por lo que no se sabe si hay uno en vigor."]>
      </#if>
      <#break>
    <#case "NONE_RECORDED">
      <#local points = points + ["Los datos no registran ningún plan de acción nacional sobre las mujeres y la paz y la seguridad para " + name + "."]>
      <#break>
    <#default>
  </#switch>
  <#return points>
</#function>
