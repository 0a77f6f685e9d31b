<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlertmanagerSilenceDialog</name>
    <message>
        <source>Silence on Alertmanager %1</source>
        <translation>Silenciar en Alertmanager %1</translation>
    </message>
    <message>
        <source>Label (ticked: matched)</source>
        <translation>Etiqueta (marcada: se usa como selector)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 horas</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>Why (required): e.g. disk swap in progress, INC-42</source>
        <translation>Motivo (obligatorio): p. ej., cambio de disco en curso, INC-42</translation>
    </message>
    <message>
        <source>&amp;Matchers:</source>
        <translation>&amp;Selectores:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Create silence</source>
        <translation>Crear silencio</translation>
    </message>
</context>
<context>
    <name>BundleTask</name>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <source>trace exemplars</source>
        <translation>ejemplares de trazas</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard&apos;s range</source>
        <translation>Rango del tablero</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableros</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume live updates (Space)</source>
        <translation>Pausar o reanudar las actualizaciones en vivo (Espacio)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>&amp;Dashboard: </source>
        <translation>&amp;Tablero: </translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Nuevo desde plantilla…</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>No dashboard %1</source>
        <translation>No existe el tablero %1</translation>
    </message>
    <message>
        <source>%1 · HMS Ops Center</source>
        <translation>%1 · HMS Ops Center</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>PAUSED at %1</source>
        <translation>EN PAUSA en %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>NOT UPDATING since %1</source>
        <translation>SIN ACTUALIZAR desde %1</translation>
    </message>
    <message>
        <source>Live · %1 · frame computed in %2 ms</source>
        <translation>En vivo · %1 · cuadro calculado en %2 ms</translation>
    </message>
    <message>
        <source> · %1 of %2</source>
        <translation> · %1 de %2</translation>
    </message>
    <message>
        <source>New dashboard from a template</source>
        <translation>Nuevo tablero a partir de una plantilla</translation>
    </message>
    <message>
        <source>lower-case letters, digits, _ or -</source>
        <translation>letras minúsculas, dígitos, _ o -</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Time &amp;range:</source>
        <translation>&amp;Rango de tiempo:</translation>
    </message>
    <message>
        <source>Enter a name: it is the dashboard&apos;s id and its address, /dashboard/NAME.</source>
        <translation>Ingrese un nombre: es el id del tablero y su dirección, /dashboard/NOMBRE.</translation>
    </message>
    <message>
        <source>&amp;Incident window…</source>
        <translation>Ventana del &amp;incidente…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Custom range…</source>
        <translation>Rango &amp;personalizado…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>No incidents to zoom to</source>
        <translation>No hay incidentes a los que hacer zoom</translation>
    </message>
    <message>
        <source>#%1 %2 %3, %4</source>
        <translation>#%1 %2 %3, %4</translation>
    </message>
    <message>
        <source>Zoom to an incident</source>
        <translation>Hacer zoom a un incidente</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incidente:</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Rango de tiempo personalizado</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>trace_id %1 · %2 at %3 · %4</source>
        <translation>trace_id %1 · %2 a las %3 · %4</translation>
    </message>
    <message>
        <source>no open incident on this tile</source>
        <translation>no hay incidentes abiertos en este mosaico</translation>
    </message>
    <message>
        <source>incidents %1</source>
        <translation>incidentes %1</translation>
    </message>
    <message>
        <source>PAUSED on %1 – %2</source>
        <translation>EN PAUSA en %1 – %2</translation>
    </message>
    <message>
        <source> · loading history %1 %</source>
        <translation> · cargando historial %1 %</translation>
    </message>
</context>
<context>
    <name>ExternalAlertsPanel</name>
    <message>
        <source>&amp;Silence on Alertmanager…</source>
        <translation>&amp;Silenciar en Alertmanager…</translation>
    </message>
    <message>
        <source>E&amp;xpire silence</source>
        <translation>E&amp;xpirar silencio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 FAILING: %2 (last read %3)</source>
        <translation>%1 CON FALLAS: %2 (última lectura %3)</translation>
    </message>
    <message>
        <source>%1 read %2</source>
        <translation>%1: última lectura %2</translation>
    </message>
    <message>
        <source>Alertmanager alerts: %1 — %2</source>
        <translation>Alertas de Alertmanager: %1 — %2</translation>
    </message>
    <message>
        <source>silenced (%1)</source>
        <translation>silenciada (%1)</translation>
    </message>
    <message>
        <source>Silence %1 created on %2 for %3</source>
        <translation>Silencio %1 creado en %2 para %3</translation>
    </message>
    <message>
        <source>Alertmanager %1 refused the silence: %2</source>
        <translation>Alertmanager %1 rechazó el silencio: %2</translation>
    </message>
    <message>
        <source>Silence %1 expired on %2</source>
        <translation>Silencio %1 expirado en %2</translation>
    </message>
    <message>
        <source>Alertmanager %1 did not expire the silence: %2</source>
        <translation>Alertmanager %1 no pudo expirar el silencio: %2</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <source>Firing incidents</source>
        <translation>Incidentes activos</translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>No hay incidentes abiertos</translation>
    </message>
    <message numerus="yes">
        <source>%n FIRING</source>
        <translation>
            <numerusform>%n ACTIVO</numerusform>
            <numerusform>%n ACTIVOS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n reconocido</numerusform>
            <numerusform>%n reconocidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocidos</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Which incidents the desk lists by state</source>
        <translation>Qué incidentes muestra el panel, según su estado</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Critical and warning</source>
        <translation>Crítica y advertencia</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>When the incidents opened</source>
        <translation>Cuándo se abrieron los incidentes</translation>
    </message>
    <message>
        <source>Search rule, service, labels, #id…</source>
        <translation>Buscar regla, servicio, etiquetas, #id…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Buscar incidentes</translation>
    </message>
    <message>
        <source>Acknowledge every selected firing incident at once (Ctrl+Shift+A)</source>
        <translation>Reconocer a la vez todos los incidentes activos seleccionados (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Acknowledge selected (%1)</source>
        <translation>Reconocer selección (%1)</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Abierto:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Reconocido:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Resuelto:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 de %3</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (threshold %4)</source>
        <translation>%1 %2 de %3 (umbral %4)</translation>
    </message>
    <message>
        <source>unassigned (rotation %1)</source>
        <translation>sin asignar (rotación %1)</translation>
    </message>
    <message>
        <source>%1 (pager %2)</source>
        <translation>%1 (localizador %2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>Ningún incidente seleccionado</translation>
    </message>
    <message>
        <source>Playbook &quot;%1&quot; is not in the catalog.</source>
        <translation>El playbook &quot;%1&quot; no está en el catálogo.</translation>
    </message>
    <message>
        <source>No playbook is attached to this rule.</source>
        <translation>Esta regla no tiene ningún playbook asociado.</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>S&amp;ilenciar…</translation>
    </message>
    <message>
        <source>Hold back this alert&apos;s notifications, pre-filled with the labels that identify it</source>
        <translation>Retener las notificaciones de esta alerta, con las etiquetas que la identifican ya completadas</translation>
    </message>
    <message>
        <source>Rea&amp;ssign…</source>
        <translation>Reasi&amp;gnar…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalar</translation>
    </message>
    <message>
        <source>Page the next step of the incident&apos;s escalation policy now</source>
        <translation>Enviar ahora el aviso al siguiente paso de la política de escalamiento del incidente</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Comentar…</translation>
    </message>
    <message>
        <source>Root &amp;cause link…</source>
        <translation>Ca&amp;usa raíz…</translation>
    </message>
    <message>
        <source>R&amp;CA…</source>
        <translation>RC&amp;A…</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Agregar una nota a la cronología</translation>
    </message>
    <message>
        <source>Link the issue that tracks the root cause (JIRA, GitHub)</source>
        <translation>Enlazar el ticket que da seguimiento a la causa raíz (JIRA, GitHub)</translation>
    </message>
    <message>
        <source>Open the blameless review of this incident, pre-filled from its timeline</source>
        <translation>Abrir la revisión sin culpas de este incidente, completada previamente a partir de su cronología</translation>
    </message>
    <message>
        <source>Playbook checklist</source>
        <translation>Lista de verificación del playbook</translation>
    </message>
    <message>
        <source>trace_ids of the failing requests when it fired: select one to see its samples and incidents</source>
        <translation>trace_ids de las solicitudes con error cuando se activó: seleccione uno para ver sus muestras e incidentes</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>Causa raíz:</translation>
    </message>
    <message>
        <source>Traces:</source>
        <translation>Trazas:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <source>FIRING</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation>RECONOCIDO</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>RESUELTO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4 (threshold %5)</source>
        <translation>%1 en %2: %3 %4 (umbral %5)</translation>
    </message>
</context>
<context>
    <name>InfoTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operativo</translation>
    </message>
    <message>
        <source>%1 incident</source>
        <translation>incidente %1</translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>No hay incidentes abiertos</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4 %5</source>
        <translation>#%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>reconocido</translation>
    </message>
    <message>
        <source>no rotation %1</source>
        <translation>no existe la rotación %1</translation>
    </message>
    <message>
        <source>nobody on call</source>
        <translation>nadie de guardia</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>hasta las %1 UTC</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>error budget left · %1</source>
        <translation>presupuesto de errores restante · %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HMS Ops Center</source>
        <translation>HMS Ops Center</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About HMS Ops Center</source>
        <translation>&amp;Acerca de HMS Ops Center</translation>
    </message>
    <message>
        <source>Incident opened: %1 on %2</source>
        <translation>Incidente abierto: %1 en %2</translation>
    </message>
    <message>
        <source>Could not acknowledge incident %1: %2</source>
        <translation>No se pudo reconocer el incidente %1: %2</translation>
    </message>
    <message>
        <source>Could not resolve incident %1: %2</source>
        <translation>No se pudo resolver el incidente %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <source>No metric yet</source>
        <translation>Aún no hay métricas</translation>
    </message>
    <message>
        <source>API %1 · StatsD %2 · %3 series · %4 samples</source>
        <translation>API %1 · StatsD %2 · %3 series · %4 muestras</translation>
    </message>
    <message>
        <source>Slack webhook saved; Slack notifications enabled.</source>
        <translation>Webhook de Slack guardado; notificaciones de Slack activadas.</translation>
    </message>
    <message>
        <source>About HMS Ops Center</source>
        <translation>Acerca de HMS Ops Center</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HMS Ops Center %1&lt;/h3&gt;&lt;p&gt;Metrics, alert rules, incidents, on-call rotations and playbooks for the HMS services, in one window.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HMS Ops Center %1&lt;/h3&gt;&lt;p&gt;Métricas, reglas de alerta, incidentes, rotaciones de guardia y playbooks de los servicios HMS, en una sola ventana.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>&amp;Silences…</source>
        <translation>&amp;Silencios…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Silence %1 created</source>
        <translation>Silencio %1 creado</translation>
    </message>
    <message>
        <source>Reassign incident #%1</source>
        <translation>Reasignar el incidente #%1</translation>
    </message>
    <message>
        <source>Hand it to:</source>
        <translation>Asignarlo a:</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>Service &amp;level objectives…</source>
        <translation>&amp;Objetivos de nivel de servicio…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;On call…</source>
        <translation>De &amp;guardia…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notificaciones…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Sound for &amp;critical incidents</source>
        <translation>Sonido para incidentes &amp;críticos</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4 (threshold %5), assigned to %6</source>
        <translation>%1 en %2: %3 %4 (umbral %5), asignado a %6</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Incidente crítico</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message numerus="yes">
        <source>%n new incidents, %1 critical. First: %2</source>
        <translation>
            <numerusform>%n incidente nuevo, %1 crítico. Primero: %2</numerusform>
            <numerusform>%n incidentes nuevos, %1 críticos. Primero: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents opened</source>
        <translation>
            <numerusform>%n incidente abierto</numerusform>
            <numerusform>%n incidentes abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableros</translation>
    </message>
    <message>
        <source>&amp;Open dashboards…</source>
        <translation>&amp;Abrir tableros…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) acknowledged</source>
        <translation>
            <numerusform>%n incidente reconocido</numerusform>
            <numerusform>%n incidentes reconocidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused: </source>
        <translation>
            <numerusform>; %n rechazado: </numerusform>
            <numerusform>; %n rechazados: </numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on incident #%1</source>
        <translation>Comentario sobre el incidente #%1</translation>
    </message>
    <message>
        <source>What did you see or do? It goes on the timeline.</source>
        <translation>¿Qué vio o hizo? Se agrega a la cronología.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Root cause of incident #%1</source>
        <translation>Causa raíz del incidente #%1</translation>
    </message>
    <message>
        <source>Link of the issue that tracks the root cause (JIRA, GitHub); empty removes the link:</source>
        <translation>Enlace del ticket que da seguimiento a la causa raíz (JIRA, GitHub); si lo deja vacío, se elimina el enlace:</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>&amp;Export incident bundle…</source>
        <translation>&amp;Exportar paquete del incidente…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the selected incident, its events, rules, playbook, silences, review and charts&apos; samples into one file for offline replay</source>
        <translation>Escribir el incidente seleccionado, sus eventos, reglas, playbook, silencios, revisión y las muestras de sus gráficos en un solo archivo para reproducirlo sin conexión</translation>
    </message>
    <message>
        <source>Select an incident to export first.</source>
        <translation>Primero seleccione un incidente para exportar.</translation>
    </message>
    <message>
        <source>&amp;Replay a bundle…</source>
        <translation>&amp;Reproducir un paquete…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Replay an incident bundle</source>
        <translation>Reproducir un paquete de incidente</translation>
    </message>
    <message>
        <source>Incident bundles (*.hmsbundle);;All files (*)</source>
        <translation>Paquetes de incidentes (*.hmsbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the bundle</source>
        <translation>No se puede abrir el paquete</translation>
    </message>
    <message>
        <source>&amp;Playbooks…</source>
        <translation>&amp;Playbooks…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Rotations and calendar…</source>
        <translation>&amp;Rotaciones y calendario…</translation>
    </message>
    <message>
        <source>Export incident bundle</source>
        <translation>Exportar paquete del incidente</translation>
    </message>
    <message>
        <source>Incident bundles (*.hmsbundle)</source>
        <translation>Paquetes de incidentes (*.hmsbundle)</translation>
    </message>
    <message>
        <source>Incident bundle written to %1</source>
        <translation>Paquete del incidente guardado en %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>So&amp;urces…</source>
        <translation>&amp;Fuentes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableros</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Silencios</translation>
    </message>
    <message>
        <source>SLOs</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>De guardia</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotaciones</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>StatsD: %1 datagrams lost, %2 lines rejected</source>
        <translation>StatsD: %1 datagramas perdidos, %2 líneas rechazadas</translation>
    </message>
    <message>
        <source>Datagrams the kernel dropped because the receive buffer was full, or larger than it; lines that were not valid StatsD. Counted since start; also the ops_statsd_kernel_drops_total and ops_statsd_lines_rejected_total metrics.</source>
        <translation>Datagramas que el kernel descartó porque el búfer de recepción estaba lleno, o que eran más grandes que él; líneas que no eran StatsD válido. Contados desde el inicio; también las métricas ops_statsd_kernel_drops_total y ops_statsd_lines_rejected_total.</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>agregado</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Send the selected dead letter again</source>
        <translation>Volver a enviar el mensaje no entregado seleccionado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>#%1 is being sent again</source>
        <translation>#%1 se está enviando de nuevo</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>OnCallDialog</name>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>De guardia</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Buscapersonas</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>A&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>On call at (your local time):</source>
        <translation>De guardia en (su hora local):</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>nuevo aviso</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 a partir de %2</translation>
    </message>
    <message>
        <source>override</source>
        <translation>sustitución</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Keep mine on top of theirs</source>
        <translation>&amp;Conservar mis cambios sobre los suyos</translation>
    </message>
    <message>
        <source>&amp;Discard mine, load theirs</source>
        <translation>&amp;Descartar los míos y cargar los suyos</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Playbook Markdown</source>
        <translation>Markdown del playbook</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Guardado por</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Guardado el</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>History (select a version to see what it changed)</source>
        <translation>Historial (seleccione una versión para ver qué cambió)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Playbook %1 has unsaved changes. Discard them?</source>
        <translation>El playbook %1 tiene cambios sin guardar. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>Playbook %1 is not in the catalog.</source>
        <translation>El playbook %1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>No alert uses this playbook yet.</source>
        <translation>Ninguna alerta usa este playbook todavía.</translation>
    </message>
    <message>
        <source>Used by alerts: %1</source>
        <translation>Usado por las alertas: %1</translation>
    </message>
    <message>
        <source>Playbook %1 — version %2</source>
        <translation>Playbook %1 — versión %2</translation>
    </message>
    <message>
        <source>Version %1 of %2, saved by %3.</source>
        <translation>Versión %1 de %2, guardada por %3.</translation>
    </message>
    <message>
        <source>Version %1 by %2: what changed since version %3</source>
        <translation>Versión %1, por %2: qué cambió desde la versión %3</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1 saved version %2; your text against theirs:</source>
        <translation>%1 guardó la versión %2; su texto comparado con el de %1:</translation>
    </message>
    <message>
        <source>Their change to version %1:</source>
        <translation>El cambio de la otra persona en la versión %1:</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <source>Your text now replaces version %1 when you save; the history keeps theirs.</source>
        <translation>Su texto reemplazará la versión %1 cuando guarde; el historial conserva la de la otra persona.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nuevo playbook</translation>
    </message>
    <message>
        <source>Playbook id (letters, digits, _ . -):</source>
        <translation>Id del playbook (letras, dígitos, _ . -):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playbook id: use letters, digits, _ . -</source>
        <translation>&quot;%1&quot; no es un id de playbook válido: use letras, dígitos, _ . -</translation>
    </message>
    <message>
        <source># Playbook: %1

What this alert means and who it hurts.

1. Check the dashboard.
2. Mitigate.
3. Tell the incident channel.
</source>
        <translation># Playbook: %1

Qué significa esta alerta y a quién afecta.

1. Revise el tablero.
2. Mitigue.
3. Informe al canal del incidente.
</translation>
    </message>
    <message>
        <source>Playbook %1 has unsaved changes. Close anyway?</source>
        <translation>El playbook %1 tiene cambios sin guardar. ¿Desea cerrarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>CON FALLOS</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>aún sin consultar</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>unprocessed</source>
        <translation>sin procesar</translation>
    </message>
</context>
<context>
    <name>RcaDialog</name>
    <message>
        <source>What happened, to whom, and how it ended: a few sentences</source>
        <translation>Qué ocurrió, a quién afectó y cómo terminó: unas pocas frases</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Conditions and systems that made it possible: no names, no blame</source>
        <translation>Condiciones y sistemas que lo hicieron posible: sin nombres, sin culpas</translation>
    </message>
    <message>
        <source>What helped: detection, tools, people&apos;s calls</source>
        <translation>Qué ayudó: detección, herramientas, decisiones de las personas</translation>
    </message>
    <message>
        <source>What we know now that we did not before</source>
        <translation>Lo que sabemos ahora y antes no sabíamos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Vencimiento (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Blameless review of incident #%1</source>
        <translation>Revisión sin culpas del incidente #%1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Impacto:</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>Add a moment</source>
        <translation>Agregar un momento</translation>
    </message>
    <message>
        <source>(what happened)</source>
        <translation>(qué ocurrió)</translation>
    </message>
    <message>
        <source>Contributing factors:</source>
        <translation>Factores contribuyentes:</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Lo que salió bien:</translation>
    </message>
    <message>
        <source>Learnings:</source>
        <translation>Aprendizajes:</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Acciones a realizar:</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Agregar una acción</translation>
    </message>
    <message>
        <source>(what will be done)</source>
        <translation>(qué se hará)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>No existe el incidente %1.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Incident #%1: %2 on %3&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Incidente #%1: %2 en %3&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A new review, pre-filled from the incident&apos;s timeline. Nothing is stored until you save.</source>
        <translation>Una revisión nueva, completada previamente a partir de la cronología del incidente. No se almacena nada hasta que la guarde.</translation>
    </message>
    <message>
        <source>Version %1, last saved by %2.</source>
        <translation>Versión %1, guardada por última vez por %2.</translation>
    </message>
    <message>
        <source>Duration: %1 (%2 to %3)%4</source>
        <translation>Duración: %1 (de %2 a %3)%4</translation>
    </message>
    <message>
        <source>, still open</source>
        <translation>, aún abierto</translation>
    </message>
    <message>
        <source>No SLO covers this service or metric, so no error budget is counted.</source>
        <translation>Ningún SLO cubre este servicio o métrica, por lo que no se contabiliza presupuesto de errores.</translation>
    </message>
    <message>
        <source>SLO %1: %2 % of its %3 error budget burned (%4 bad of %5)</source>
        <translation>SLO %1: consumido el %2 % de su presupuesto de errores de %3 (%4 malos de %5)</translation>
    </message>
    <message>
        <source>SLO %1: no recorded slices cover the incident</source>
        <translation>SLO %1: ningún intervalo registrado cubre el incidente</translation>
    </message>
    <message>
        <source>A key moment</source>
        <translation>Un momento clave</translation>
    </message>
    <message>
        <source>timeline row %1: time &quot;%2&quot; is not YYYY-MM-DD HH:MM:SS</source>
        <translation>fila %1 de la cronología: la hora &quot;%2&quot; no tiene el formato YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>action item %1: due date &quot;%2&quot; is not YYYY-MM-DD</source>
        <translation>acción %1: la fecha de vencimiento &quot;%2&quot; no tiene el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Exportar revisión</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay: incident #%1 %2 — %3 (offline)</source>
        <translation>Reproducción: incidente #%1 %2 — %3 (sin conexión)</translation>
    </message>
    <message>
        <source>Events of the incident</source>
        <translation>Eventos del incidente</translation>
    </message>
    <message>
        <source>Replay time</source>
        <translation>Hora de la reproducción</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>◀ Previous event</source>
        <translation>◀ Evento anterior</translation>
    </message>
    <message>
        <source>Next event ▶</source>
        <translation>Evento siguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Anotar…</translation>
    </message>
    <message>
        <source>Jump to the previous event ([)</source>
        <translation>Ir al evento anterior ([)</translation>
    </message>
    <message>
        <source>Jump to the next event (])</source>
        <translation>Ir al evento siguiente (])</translation>
    </message>
    <message>
        <source>Note something at this moment; it is saved into the bundle</source>
        <translation>Anote algo en este momento; se guarda en el paquete</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save annotations</source>
        <translation>&amp;Guardar anotaciones</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>No source connected: everything shown comes from %1 (%2, made by %3).</source>
        <translation>Ninguna fuente conectada: todo lo que se muestra proviene de %1 (%2, creado por %3).</translation>
    </message>
    <message>
        <source>Some of the bundle&apos;s rules did not parse: %1</source>
        <translation>Algunas reglas del paquete no se pudieron analizar: %1</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>At %1:</source>
        <translation>En %1:</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>before the incident</source>
        <translation>antes del incidente</translation>
    </message>
    <message>
        <source>%1 · %2 since it fired</source>
        <translation>%1 · %2 desde que se activó</translation>
    </message>
    <message>
        <source>%1  ✎ %2</source>
        <translation>%1  ✎ %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Annotations saved into %1.</source>
        <translation>Anotaciones guardadas en %1.</translation>
    </message>
    <message>
        <source>Annotations not saved: %1</source>
        <translation>No se guardaron las anotaciones: %1</translation>
    </message>
</context>
<context>
    <name>RotationCalendar</name>
    <message>
        <source>No valid schedule to show.</source>
        <translation>No hay una programación válida para mostrar.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>%1%2
%3 → %4</source>
        <translation>%1%2
%3 → %4</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (sustitución)</translation>
    </message>
</context>
<context>
    <name>RotationEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Localizador</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>From (zone time)</source>
        <translation>Desde (hora de la zona)</translation>
    </message>
    <message>
        <source>To (zone time)</source>
        <translation>Hasta (hora de la zona)</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotaciones</translation>
    </message>
    <message>
        <source>1w, 1d, 12h</source>
        <translation>1w, 1d, 12h</translation>
    </message>
    <message>
        <source>Drag to change the turn order; the first member takes the first turn</source>
        <translation>Arrastre para cambiar el orden de turnos; el primer miembro toma el primer turno</translation>
    </message>
    <message>
        <source>Days: mon, tue, … or weekdays, weekend; times HH:MM (24:00 allowed)</source>
        <translation>Días: mon, tue, … o weekdays, weekend; horas HH:MM (se permite 24:00)</translation>
    </message>
    <message>
        <source>Someone covering a period: the member&apos;s name and the times in the rotation&apos;s zone</source>
        <translation>Alguien que cubre un período: el nombre del miembro y las horas en la zona de la rotación</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Agregar miembro</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <source>Members (everyone the schedule can page)</source>
        <translation>Miembros (todas las personas a las que la programación puede avisar)</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Agregar capa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the layer down: later layers win where they have someone</source>
        <translation>Bajar la capa: las capas posteriores prevalecen donde tienen a alguien</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>First turn starts:</source>
        <translation>Inicio del primer turno:</translation>
    </message>
    <message>
        <source>Handoff every:</source>
        <translation>Relevo cada:</translation>
    </message>
    <message>
        <source>Add to layer</source>
        <translation>Agregar a la capa</translation>
    </message>
    <message>
        <source>Remove from layer</source>
        <translation>Quitar de la capa</translation>
    </message>
    <message>
        <source>Turn order:</source>
        <translation>Orden de turnos:</translation>
    </message>
    <message>
        <source>Add restriction</source>
        <translation>Agregar restricción</translation>
    </message>
    <message>
        <source>Only during:</source>
        <translation>Solo durante:</translation>
    </message>
    <message>
        <source>Layers (lowest first)</source>
        <translation>Capas (la más baja primero)</translation>
    </message>
    <message>
        <source>Add override</source>
        <translation>Agregar sustitución</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Sustituciones</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>14 days; hover for who, from, until. Dashed: an override. Red line: now.</source>
        <translation>14 días; pase el puntero para ver quién, desde y hasta. Discontinua: una sustitución. Línea roja: ahora.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotación:</translation>
    </message>
    <message>
        <source>new-member</source>
        <translation>nuevo-miembro</translation>
    </message>
    <message>
        <source>layer-%1</source>
        <translation>capa-%1</translation>
    </message>
    <message>
        <source>Rotation %1 is not in the catalog.</source>
        <translation>La rotación %1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>Rotation %1.</source>
        <translation>Rotación %1.</translation>
    </message>
    <message>
        <source>time zone: &quot;%1&quot; is not an IANA zone (like America/New_York)</source>
        <translation>zona horaria: &quot;%1&quot; no es una zona IANA (como America/New_York)</translation>
    </message>
    <message>
        <source>members row %1: the name is empty</source>
        <translation>miembros, fila %1: el nombre está vacío</translation>
    </message>
    <message>
        <source>members row %1: %2 is listed twice</source>
        <translation>miembros, fila %1: %2 aparece dos veces</translation>
    </message>
    <message>
        <source>members: a rotation needs at least one member</source>
        <translation>miembros: una rotación necesita al menos un miembro</translation>
    </message>
    <message>
        <source>layers: a rotation needs at least one layer</source>
        <translation>capas: una rotación necesita al menos una capa</translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation>capa %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation>%1: el nombre está vacío</translation>
    </message>
    <message>
        <source>%1: handoff: &quot;%2&quot; is not a duration like 1w, 1d or 12h</source>
        <translation>%1: relevo: &quot;%2&quot; no es una duración como 1w, 1d o 12h</translation>
    </message>
    <message>
        <source>%1: %2 is not a member of the rotation</source>
        <translation>%1: %2 no es miembro de la rotación</translation>
    </message>
    <message>
        <source>%1: nobody takes turns; add members to the layer</source>
        <translation>%1: nadie toma turnos; agregue miembros a la capa</translation>
    </message>
    <message>
        <source>%1: restriction %2: days: &quot;%3&quot; is not mon … sun, weekdays or weekend</source>
        <translation>%1: restricción %2: días: &quot;%3&quot; no es mon … sun, weekdays ni weekend</translation>
    </message>
    <message>
        <source>%1: restriction %2: from/to: expected two different times HH:MM, got %3 and %4</source>
        <translation>%1: restricción %2: desde/hasta: se esperaban dos horas distintas HH:MM; se recibieron %3 y %4</translation>
    </message>
    <message>
        <source>overrides row %1: %2 is not a member of the rotation</source>
        <translation>sustituciones, fila %1: %2 no es miembro de la rotación</translation>
    </message>
    <message>
        <source>overrides row %1: times must be YYYY-MM-DD HH:MM</source>
        <translation>sustituciones, fila %1: las horas deben tener el formato YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>overrides row %1: it ends before it starts</source>
        <translation>sustituciones, fila %1: termina antes de comenzar</translation>
    </message>
    <message>
        <source>overrides: two overrides overlap (%1 and %2); one person at a time</source>
        <translation>sustituciones: dos sustituciones se superponen (%1 y %2); una persona a la vez</translation>
    </message>
    <message>
        <source>The calendar shows nothing until this is fixed: %1</source>
        <translation>El calendario no muestra nada hasta que se corrija esto: %1</translation>
    </message>
    <message>
        <source>Rotation %1 saved; paging follows it from now on.</source>
        <translation>Rotación %1 guardada; los avisos la siguen a partir de ahora.</translation>
    </message>
    <message>
        <source>New rotation</source>
        <translation>Nueva rotación</translation>
    </message>
    <message>
        <source>Rotation id (letters, digits, _ . -):</source>
        <translation>ID de rotación (letras, dígitos, _ . -):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rotation id: use letters, digits, _ . -</source>
        <translation>&quot;%1&quot; no es un ID de rotación: use letras, dígitos, _ . -</translation>
    </message>
    <message>
        <source>New rotation %1: add members and layers, then save.</source>
        <translation>Nueva rotación %1: agregue miembros y capas y luego guarde.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Incidents are posted to Slack through an incoming webhook. The URL is stored in the system keychain, not in the settings file.</source>
        <translation>Los incidentes se publican en Slack mediante un webhook entrante. La URL se almacena en el llavero del sistema, no en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Slack &amp;webhook URL:</source>
        <translation>&amp;URL del webhook de Slack:</translation>
    </message>
    <message>
        <source>Checking whether Slack notifications are enabled…</source>
        <translation>Comprobando si las notificaciones de Slack están habilitadas…</translation>
    </message>
    <message>
        <source>Slack notifications are enabled. Enter a new URL to replace the stored one.</source>
        <translation>Las notificaciones de Slack están habilitadas. Ingrese una URL nueva para reemplazar la almacenada.</translation>
    </message>
    <message>
        <source>Slack notifications are disabled.</source>
        <translation>Las notificaciones de Slack están deshabilitadas.</translation>
    </message>
    <message>
        <source>Enter the webhook URL.</source>
        <translation>Ingrese la URL del webhook.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Expected something like https://hooks.slack.com/services/…</source>
        <translation>Esta no es una URL válida. Se esperaba algo como https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http://), not %1:.</source>
        <translation>La URL debe comenzar con https:// (o http://), no con %1:.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>La URL no tiene nombre de host.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>The keychain refused to store the URL: %1</source>
        <translation>El llavero se negó a almacenar la URL: %1</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>SilenceEditor</name>
    <message>
        <source>Until this incident resolves</source>
        <translation>Hasta que se resuelva este incidente</translation>
    </message>
    <message>
        <source>&amp;Create silence</source>
        <translation>C&amp;rear silencio</translation>
    </message>
    <message>
        <source>Silence incident #%1</source>
        <translation>Silenciar el incidente #%1</translation>
    </message>
    <message>
        <source>New silence</source>
        <translation>Nuevo silencio</translation>
    </message>
    <message>
        <source>{alertname=&quot;AID_LAT_P95_HIGH&quot;, service=~&quot;aid.*&quot;}</source>
        <translation>{alertname=&quot;AID_LAT_P95_HIGH&quot;, service=~&quot;aid.*&quot;}</translation>
    </message>
    <message>
        <source>Why: shown on every incident this silence holds back</source>
        <translation>Motivo: se muestra en cada incidente que este silencio retiene</translation>
    </message>
    <message>
        <source>&amp;Matchers:</source>
        <translation>&amp;Selectores:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Created &amp;by:</source>
        <translation>Creado &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Matchers as in Alertmanager: = != =~ !~, regexes match the whole value, every matcher must match, a missing label equals &quot;&quot;. A silenced incident is still recorded and resolved; only its notifications are held back.</source>
        <translation>Selectores como en Alertmanager: = != =~ !~; las expresiones regulares coinciden con el valor completo, todos los selectores deben coincidir y una etiqueta ausente equivale a &quot;&quot;. Un incidente silenciado se sigue registrando y resolviendo; solo se retienen sus notificaciones.</translation>
    </message>
    <message>
        <source>duration: &quot;%1&quot; is not a duration like 30m, 2h, 1d</source>
        <translation>duración: &quot;%1&quot; no es una duración como 30m, 2h, 1d</translation>
    </message>
</context>
<context>
    <name>SilencesDialog</name>
    <message>
        <source>Show &amp;expired</source>
        <translation>Mostrar e&amp;xpirados</translation>
    </message>
    <message>
        <source>E&amp;xpire</source>
        <translation>&amp;Expirar</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Silencios</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Selectores</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&amp;New silence…</source>
        <translation>&amp;Nuevo silencio…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>when #%1 resolves</source>
        <translation>cuando se resuelva #%1</translation>
    </message>
</context>
<context>
    <name>SlosDialog</name>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Presupuesto restante</translation>
    </message>
    <message>
        <source>Burn 5m</source>
        <translation>Consumo 5m</translation>
    </message>
    <message>
        <source>Burn 1h</source>
        <translation>Consumo 1h</translation>
    </message>
    <message>
        <source>Burn 6h</source>
        <translation>Consumo 6h</translation>
    </message>
    <message>
        <source>Burn 3d</source>
        <translation>Consumo 3d</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Service level objectives</source>
        <translation>Objetivos de nivel de servicio</translation>
    </message>
    <message>
        <source>Burn rate: how many times faster than the objective allows the error budget is spent. Pages at 14.4× over 1h and 5m or 6× over 6h and 30m; a ticket at 1× over 3d and 6h. Add SLOs with opsctl slo create FILE.</source>
        <translation>Tasa de consumo: cuántas veces más rápido de lo que permite el objetivo se gasta el presupuesto de errores. Se envía un aviso a 14.4× durante 1h y 5m o a 6× durante 6h y 30m; un ticket a 1× durante 3d y 6h. Agregue SLO con opsctl slo create FILE.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>errors %1 / %2</source>
        <translation>errores %1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Operational store: %1 (this workstation only). Rules are evaluated here.</source>
        <translation>Almacén operativo: %1 (solo esta estación de trabajo). Las reglas se evalúan aquí.</translation>
    </message>
    <message>
        <source>Operational store: %1 (shared). This workstation holds the evaluator lease: rules are evaluated, escalated and notified here.</source>
        <translation>Almacén operativo: %1 (compartido). Esta estación de trabajo tiene la concesión del evaluador: las reglas se evalúan, escalan y notifican aquí.</translation>
    </message>
    <message>
        <source>Operational store: %1 (shared). Standing by: another workstation holds the evaluator lease; this one takes over within a second if it goes away.</source>
        <translation>Almacén operativo: %1 (compartido). En espera: otra estación de trabajo tiene la concesión del evaluador; esta toma el relevo en menos de un segundo si la otra desaparece.</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — reintentando en %2 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>SourcesIndicator</name>
    <message>
        <source>Sources: %1 ok · %2 failing (%3)</source>
        <translation>Fuentes: %1 OK · %2 con fallos (%3)</translation>
    </message>
    <message>
        <source>Sources: %1 ok</source>
        <translation>Fuentes: %1 OK</translation>
    </message>
    <message>
        <source>evaluating here</source>
        <translation>evaluando aquí</translation>
    </message>
    <message>
        <source>standing by</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Click for every source&apos;s state, latency and last error</source>
        <translation>Haga clic para ver el estado, la latencia y el último error de cada fuente</translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <source>STALE · no data</source>
        <translation>DESACTUALIZADO · sin datos</translation>
    </message>
    <message>
        <source>STALE · %1 s ago</source>
        <translation>DESACTUALIZADO · hace %1 s</translation>
    </message>
    <message>
        <source>STALE · %1 min ago</source>
        <translation>DESACTUALIZADO · hace %1 min</translation>
    </message>
    <message>
        <source>STALE · %1 h ago</source>
        <translation>DESACTUALIZADO · hace %1 h</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>Traza %1</translation>
    </message>
    <message>
        <source>Looking up trace_id &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Buscando trace_id &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>Samples that carry it</source>
        <translation>Muestras que la contienen</translation>
    </message>
    <message>
        <source>Incidents that carry it (double-click to show one)</source>
        <translation>Incidentes que la contienen (doble clic para mostrar uno)</translation>
    </message>
    <message numerus="yes">
        <source>trace_id &lt;b&gt;%1&lt;/b&gt;: %n sample(s)</source>
        <translation>
            <numerusform>trace_id &lt;b&gt;%1&lt;/b&gt;: %n muestra</numerusform>
            <numerusform>trace_id &lt;b&gt;%1&lt;/b&gt;: %n muestras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incident(s)</source>
        <translation>
            <numerusform>, %n incidente</numerusform>
            <numerusform>, %n incidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>The language was not changed: close the windows with unsaved changes, then choose it again.</source>
        <translation>No se cambió el idioma: cierre las ventanas con cambios sin guardar y vuelva a elegirlo.</translation>
    </message>
</context>
<context>
    <name>hms</name>
    <message>
        <source>body: expected a JSON object {&quot;file&quot;: ..., &quot;content&quot;: ...} (%1 at offset %2)</source>
        <translation>body: se esperaba un objeto JSON {&quot;file&quot;: ..., &quot;content&quot;: ...} (%1 en el desplazamiento %2)</translation>
    </message>
    <message>
        <source>content: expected the file&apos;s text as a string</source>
        <translation>content: se esperaba el texto del archivo como cadena</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot read the API token %1: %2</source>
        <translation>no se puede leer el token de API %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>RESOLVED %1 SVC=%2</source>
        <translation>RESUELTO %1 SVC=%2</translation>
    </message>
    <message>
        <source>:rotating_light: %1 SVC=%2 %3=%4</source>
        <translation>:rotating_light: %1 SVC=%2 %3=%4</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>%1 (pager #%2)</source>
        <translation>%1 (localizador #%2)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>expected one YAML document</source>
        <translation>se esperaba un único documento YAML</translation>
    </message>
    <message>
        <source>expected a mapping with `scrape:`, got %1</source>
        <translation>se esperaba un mapeo con `scrape:`, se recibió %1</translation>
    </message>
    <message>
        <source>scrape: expected a list of targets, got %1</source>
        <translation>scrape: se esperaba una lista de destinos, se recibió %1</translation>
    </message>
    <message>
        <source>scrape: expected a target mapping, got %1</source>
        <translation>scrape: se esperaba un mapeo de destino, se recibió %1</translation>
    </message>
    <message>
        <source>%1: expected a string, got %2</source>
        <translation>%1: se esperaba una cadena, se recibió %2</translation>
    </message>
    <message>
        <source>url: expected an http(s) URL, got %1</source>
        <translation>url: se esperaba una URL http(s), se recibió %1</translation>
    </message>
    <message>
        <source>%1: expected a duration of at least 100ms, got %2</source>
        <translation>%1: se esperaba una duración de al menos 100ms, se recibió %2</translation>
    </message>
    <message>
        <source>%1: unknown field (valid: job, url, interval, timeout)</source>
        <translation>%1: campo desconocido (válidos: job, url, interval, timeout)</translation>
    </message>
    <message>
        <source>scrape target: `job` and `url` are required</source>
        <translation>destino de scrape: `job` y `url` son obligatorios</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected _xN with N from 0 to 1000000</source>
        <translation>&quot;%1&quot;: se esperaba _xN con N de 0 a 1000000</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a number, _, stale, a+bxn, a-bxn, axn or _xn</source>
        <translation>&quot;%1&quot;: se esperaba un número, _, stale, a+bxn, a-bxn, axn o _xn</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a+bxn, a-bxn or axn with numbers a, b and a count n from 0 to 1000000</source>
        <translation>&quot;%1&quot;: se esperaba a+bxn, a-bxn o axn con números a, b y un recuento n de 0 a 1000000</translation>
    </message>
    <message>
        <source>more than 10000000 values</source>
        <translation>más de 10000000 valores</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>se esperaba un nombre de métrica</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;</source>
        <translation>se esperaba un nombre de etiqueta o &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label %1</source>
        <translation>se esperaba &apos;=&apos; después de la etiqueta %1</translation>
    </message>
    <message>
        <source>expected a double-quoted value for the label %1</source>
        <translation>se esperaba un valor entre comillas dobles para la etiqueta %1</translation>
    </message>
    <message>
        <source>the value of the label %1 has no closing quote</source>
        <translation>al valor de la etiqueta %1 le falta la comilla de cierre</translation>
    </message>
    <message>
        <source>the label %1 appears twice</source>
        <translation>la etiqueta %1 aparece dos veces</translation>
    </message>
    <message>
        <source>unexpected text after the series</source>
        <translation>texto inesperado después de la serie</translation>
    </message>
    <message>
        <source>the backreference %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>las expresiones regulares de Alertmanager (RE2) no admiten la referencia inversa %1</translation>
    </message>
    <message>
        <source>the lookahead %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>las expresiones regulares de Alertmanager (RE2) no admiten la búsqueda anticipada %1</translation>
    </message>
    <message>
        <source>the lookbehind %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>las expresiones regulares de Alertmanager (RE2) no admiten la búsqueda retrospectiva %1</translation>
    </message>
    <message>
        <source>the atomic group (?&gt; is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>las expresiones regulares de Alertmanager (RE2) no admiten el grupo atómico (?&gt;</translation>
    </message>
    <message>
        <source>the control verb (*...) is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>las expresiones regulares de Alertmanager (RE2) no admiten el verbo de control (*...)</translation>
    </message>
    <message>
        <source>RESOLVED %1: %2 alerts</source>
        <translation>RESUELTO %1: %2 alertas</translation>
    </message>
    <message>
        <source>:rotating_light: %1: %2 firing, %3 resolved</source>
        <translation>:rotating_light: %1: %2 activas, %3 resueltas</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>%1%2: expected a string</source>
        <translation>%1%2: se esperaba una cadena</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) link</source>
        <translation>%1: &quot;%2&quot; no es un enlace http(s)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4 crossed %5; resolved after %6.</source>
        <translation>%1 en %2: %3 %4 cruzó %5; se resolvió después de %6.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4 crossed %5.</source>
        <translation>%1 en %2: %3 %4 cruzó %5.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>SLO %1 (%2 over %3): no recorded slices for this window</source>
        <translation>SLO %1 (%2 en %3): no hay intervalos registrados para esta ventana</translation>
    </message>
    <message>
        <source>SLO %1 (%2 over %3): %4 of the error budget burned (%5 bad of %6 in the window)</source>
        <translation>SLO %1 (%2 en %3): %4 del presupuesto de errores consumido (%5 malos de %6 en la ventana)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source># Post-incident review: incident #%1, %2</source>
        <translation># Revisión posterior al incidente: incidente #%1, %2</translation>
    </message>
    <message>
        <source>*Blameless review. Status: %1 · version %2 · last edited by %3 at %4*</source>
        <translation>*Revisión sin culpas. Estado: %1 · versión %2 · última edición por %3 el %4*</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Resumen</translation>
    </message>
    <message>
        <source>## Impact</source>
        <translation>## Impacto</translation>
    </message>
    <message>
        <source>Service: %1 (%2 %3, threshold %4)</source>
        <translation>Servicio: %1 (%2 %3, umbral %4)</translation>
    </message>
    <message>
        <source>From %1 to %2%3</source>
        <translation>De %1 a %2%3</translation>
    </message>
    <message>
        <source> (still open)</source>
        <translation> (aún abierto)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>No SLO covers this service or metric.</source>
        <translation>Ningún SLO cubre este servicio o métrica.</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## Cronología</translation>
    </message>
    <message>
        <source>| Time (UTC) | | What happened |</source>
        <translation>| Hora (UTC) | | Qué ocurrió |</translation>
    </message>
    <message>
        <source>## Contributing factors</source>
        <translation>## Factores contribuyentes</translation>
    </message>
    <message>
        <source>## What went well</source>
        <translation>## Lo que salió bien</translation>
    </message>
    <message>
        <source>## Learnings</source>
        <translation>## Aprendizajes</translation>
    </message>
    <message>
        <source>## Action items</source>
        <translation>## Acciones a realizar</translation>
    </message>
    <message>
        <source>| Done | Action | Owner | Due | Link |</source>
        <translation>| Hecho | Acción | Propietario | Vencimiento | Enlace |</translation>
    </message>
    <message>
        <source>Root-cause issue: &lt;%1&gt;</source>
        <translation>Ticket de la causa raíz: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>Incident #%1 review</source>
        <translation>Revisión del incidente #%1</translation>
    </message>
    <message>
        <source>Post-incident review: incident #%1, %2</source>
        <translation>Revisión posterior al incidente: incidente #%1, %2</translation>
    </message>
    <message>
        <source>Blameless review. Status: %1 · version %2 · last edited by %3 at %4</source>
        <translation>Revisión sin culpas. Estado: %1 · versión %2 · última edición por %3 el %4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Aprendizajes</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones a realizar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Root-cause issue:</source>
        <translation>Ticket de la causa raíz:</translation>
    </message>
    <message>
        <source>shorter than its length</source>
        <translation>más corto que su longitud</translation>
    </message>
    <message>
        <source>claims %1 bytes inflated</source>
        <translation>declara %1 bytes descomprimidos</translation>
    </message>
    <message>
        <source>its compressed samples do not inflate to the %1 bytes it declares</source>
        <translation>sus muestras comprimidas no se descomprimen en los %1 bytes que declara</translation>
    </message>
    <message>
        <source>META: not a JSON object (%1 at offset %2)</source>
        <translation>META: no es un objeto JSON (%1 en el desplazamiento %2)</translation>
    </message>
    <message>
        <source>META.incident: missing</source>
        <translation>META.incident: falta</translation>
    </message>
    <message>
        <source>META.rca.%1</source>
        <translation>META.rca.%1</translation>
    </message>
    <message>
        <source>shorter than its header length</source>
        <translation>más corto que la longitud de su encabezado</translation>
    </message>
    <message>
        <source>header length %1 past the section&apos;s end</source>
        <translation>la longitud de encabezado %1 sobrepasa el final de la sección</translation>
    </message>
    <message>
        <source>header: not a JSON object (%1)</source>
        <translation>header: no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>header.name: missing</source>
        <translation>header.name: falta</translation>
    </message>
    <message>
        <source>header.count: %1 samples cannot fit in %2 bytes</source>
        <translation>header.count: %1 muestras no caben en %2 bytes</translation>
    </message>
    <message>
        <source>samples: the Gorilla stream does not decode</source>
        <translation>samples: el flujo Gorilla no se puede decodificar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>cancelled; %1 was not written</source>
        <translation>cancelado; no se escribió %1</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: error de escritura: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: no se pudo guardar: %2</translation>
    </message>
    <message>
        <source>damaged: the file header was changed in transit (was it copied as text?)</source>
        <translation>dañado: el encabezado del archivo se modificó durante la transferencia (¿se copió como texto?)</translation>
    </message>
    <message>
        <source>not an HMS Ops Center incident bundle (it does not start with the bundle header)</source>
        <translation>no es un paquete de incidente de HMS Ops Center (no comienza con el encabezado de paquete)</translation>
    </message>
    <message>
        <source>damaged: the file ends inside its header (%1 bytes)</source>
        <translation>dañado: el archivo termina dentro de su encabezado (%1 bytes)</translation>
    </message>
    <message>
        <source>this bundle has format version %1, newer than this program reads (%2); open it with a newer HMS Ops Center</source>
        <translation>este paquete tiene la versión de formato %1, más reciente que la que lee este programa (%2); ábralo con una versión más reciente de HMS Ops Center</translation>
    </message>
    <message>
        <source>damaged: format version 0</source>
        <translation>dañado: versión de formato 0</translation>
    </message>
    <message>
        <source>damaged: the file ends inside the header of section %1 at byte %2</source>
        <translation>dañado: el archivo termina dentro del encabezado de la sección %1 en el byte %2</translation>
    </message>
    <message>
        <source>damaged: section %1 (%2) at byte %3 claims %4 bytes</source>
        <translation>dañado: la sección %1 (%2) en el byte %3 declara %4 bytes</translation>
    </message>
    <message>
        <source>damaged: the file ends inside section %1 (%2) at byte %3; was the copy cut short?</source>
        <translation>dañado: el archivo termina dentro de la sección %1 (%2) en el byte %3; ¿se cortó la copia?</translation>
    </message>
    <message>
        <source>damaged: section %1 (%2) at byte %3 fails its checksum</source>
        <translation>dañado: la sección %1 (%2) en el byte %3 no supera la suma de comprobación</translation>
    </message>
    <message>
        <source>damaged: section %1 at byte %2: %3</source>
        <translation>dañado: sección %1 en el byte %2: %3</translation>
    </message>
    <message>
        <source>damaged: series section %1 at byte %2: %3</source>
        <translation>dañado: sección de serie %1 en el byte %2: %3</translation>
    </message>
    <message>
        <source>damaged: the end section at byte %1 counts %2 series, the file holds %3</source>
        <translation>dañado: la sección final en el byte %1 cuenta %2 series, el archivo contiene %3</translation>
    </message>
    <message>
        <source>damaged: no META section</source>
        <translation>dañado: no hay sección META</translation>
    </message>
    <message>
        <source>damaged: the file ends after %1 bytes without its end section; was the copy cut short?</source>
        <translation>dañado: el archivo termina tras %1 bytes sin su sección final; ¿se cortó la copia?</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no existe el incidente %1</translation>
    </message>
    <message>
        <source>series %1 has %2 samples; a bundle holds at most %3 per series (choose a smaller margin)</source>
        <translation>la serie %1 tiene %2 muestras; un paquete admite como máximo %3 por serie (elija un margen menor)</translation>
    </message>
    <message>
        <source>series %1 does not fit in a bundle section</source>
        <translation>la serie %1 no cabe en una sección del paquete</translation>
    </message>
    <message>
        <source>META: the window from_ms %1 to to_ms %2 is not a window of at most %3 days</source>
        <translation>META: la ventana de from_ms %1 a to_ms %2 no es una ventana de %3 días como máximo</translation>
    </message>
    <message>
        <source>header.count: %1 samples is past what a bundle holds (%2 per series, %3 in all)</source>
        <translation>header.count: %1 muestras superan lo que admite un paquete (%2 por serie, %3 en total)</translation>
    </message>
    <message>
        <source>the bundle&apos;s window must be at most %1 days</source>
        <translation>la ventana del paquete debe ser de %1 días como máximo</translation>
    </message>
    <message>
        <source>the incident&apos;s events and documents take %1 bytes, more than a bundle section holds</source>
        <translation>los eventos y documentos del incidente ocupan %1 bytes, más de lo que admite una sección del paquete</translation>
    </message>
    <message>
        <source>ops_database: %1</source>
        <translation>ops_database: %1</translation>
    </message>
    <message>
        <source>%1: unknown field (valid: scrape, sources, ops_database)</source>
        <translation>%1: campo desconocido (válidos: scrape, sources, ops_database)</translation>
    </message>
    <message>
        <source>HTTP %1, not the query API&apos;s JSON (at byte %2: %3): %4</source>
        <translation>HTTP %1, no es el JSON de la API de consultas (en el byte %2: %3): %4</translation>
    </message>
    <message>
        <source>HTTP %1: expected a JSON object</source>
        <translation>HTTP %1: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>status: expected &quot;success&quot; or &quot;error&quot;, got &quot;%1&quot;</source>
        <translation>status: se esperaba &quot;success&quot; o &quot;error&quot;, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data.result: expected [time, &quot;value&quot;]</source>
        <translation>data.result: se esperaba [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>data.resultType: expected vector, matrix, scalar or string, got &quot;%1&quot;</source>
        <translation>data.resultType: se esperaba vector, matrix, scalar o string, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data.result: expected a list</source>
        <translation>data.result: se esperaba una lista</translation>
    </message>
    <message>
        <source>%1.metric: expected an object of label strings</source>
        <translation>%1.metric: se esperaba un objeto de cadenas de etiquetas</translation>
    </message>
    <message>
        <source>%1.value: expected [time, &quot;value&quot;]</source>
        <translation>%1.value: se esperaba [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>%1.values: expected a list</source>
        <translation>%1.values: se esperaba una lista</translation>
    </message>
    <message>
        <source>%1.values[%2]: expected [time, &quot;value&quot;]</source>
        <translation>%1.values[%2]: se esperaba [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>%1.values[%2]: time goes backwards</source>
        <translation>%1.values[%2]: el tiempo retrocede</translation>
    </message>
</context>
<context>
    <name>hms::AlertmanagerApi</name>
    <message>
        <source>not JSON (at byte %1: %2)</source>
        <translation>no es JSON (en el byte %1: %2)</translation>
    </message>
    <message>
        <source>expected a list of alerts</source>
        <translation>se esperaba una lista de alertas</translation>
    </message>
    <message>
        <source>[%1]: expected an alert with labels and annotations as objects of strings</source>
        <translation>[%1]: se esperaba una alerta con labels y annotations como objetos de cadenas</translation>
    </message>
</context>
<context>
    <name>hms::ApiServer</name>
    <message>
        <source>state: expected &quot;open&quot; or &quot;all&quot;, got &quot;%1&quot;</source>
        <translation>state: se esperaba &quot;open&quot; o &quot;all&quot;, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no existe el incidente %1</translation>
    </message>
    <message>
        <source>after: expected an event id (a non-negative integer)</source>
        <translation>after: se esperaba un ID de evento (un entero no negativo)</translation>
    </message>
    <message>
        <source>no playbook &quot;%1&quot;</source>
        <translation>no existe el playbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no rotation &quot;%1&quot;</source>
        <translation>no existe la rotación &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing Authorization: Bearer &lt;token&gt; (the token is in DATA_DIR/api-token)</source>
        <translation>falta Authorization: Bearer &lt;token&gt; (el token está en DATA_DIR/api-token)</translation>
    </message>
    <message>
        <source>wrong API token</source>
        <translation>token de API incorrecto</translation>
    </message>
    <message>
        <source>API: cannot listen on %1:%2</source>
        <translation>API: no se puede escuchar en %1:%2</translation>
    </message>
    <message>
        <source>invalid body</source>
        <translation>cuerpo no válido</translation>
    </message>
    <message>
        <source>metric: required</source>
        <translation>metric: obligatorio</translation>
    </message>
    <message>
        <source>aggregate: &quot;%1&quot; is not one of pNN (p50, p95, p99.9...), mean, min, max, sum, count, rate, increase, last</source>
        <translation>aggregate: &quot;%1&quot; no es uno de pNN (p50, p95, p99.9...), mean, min, max, sum, count, rate, increase, last</translation>
    </message>
    <message>
        <source>window: &quot;%1&quot; is not a duration like 30s, 1m, 1h</source>
        <translation>window: &quot;%1&quot; no es una duración como 30s, 1m, 1h</translation>
    </message>
    <message>
        <source>match: expected label=value[,label=value...]</source>
        <translation>match: se esperaba etiqueta=valor[,etiqueta=valor...]</translation>
    </message>
    <message>
        <source>no rule named &quot;%1&quot;</source>
        <translation>no existe ninguna regla llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no such endpoint: %1 %2</source>
        <translation>endpoint inexistente: %1 %2</translation>
    </message>
    <message>
        <source>body: %1 bytes is over the limit of %2 bytes; send smaller batches</source>
        <translation>cuerpo: %1 bytes supera el límite de %2 bytes; envíe lotes más pequeños</translation>
    </message>
    <message>
        <source>body: decompresses to more than %1 bytes; send smaller batches</source>
        <translation>cuerpo: descomprimido supera los %1 bytes; envíe lotes más pequeños</translation>
    </message>
    <message>
        <source>body: Content-Encoding is gzip but the body is not valid gzip</source>
        <translation>cuerpo: Content-Encoding es gzip, pero el cuerpo no es gzip válido</translation>
    </message>
    <message>
        <source>precision: &quot;%1&quot; is not one of ns, us, ms, s (or n, u, m, h)</source>
        <translation>precision: &quot;%1&quot; no es uno de ns, us, ms, s (o n, u, m, h)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>partial write: %1 of %2 lines rejected: %3</source>
        <translation>escritura parcial: %1 de %2 líneas rechazadas: %3</translation>
    </message>
    <message>
        <source>to: expected milliseconds since the epoch</source>
        <translation>to: se esperaban milisegundos desde la época Unix</translation>
    </message>
    <message>
        <source>from: expected milliseconds since the epoch</source>
        <translation>from: se esperaban milisegundos desde la época Unix</translation>
    </message>
    <message>
        <source>since: &quot;%1&quot; is not a duration like 30s, 1m, 1h</source>
        <translation>since: &quot;%1&quot; no es una duración como 30s, 1m, 1h</translation>
    </message>
    <message>
        <source>from: must be before to</source>
        <translation>from: debe ser anterior a to</translation>
    </message>
    <message>
        <source>resolution: &quot;%1&quot; is not one of auto, raw, 1m, 1h</source>
        <translation>resolution: &quot;%1&quot; no es uno de auto, raw, 1m, 1h</translation>
    </message>
    <message>
        <source>query_range: more than %1 points; narrow the range or ask for resolution=1m or 1h</source>
        <translation>query_range: más de %1 puntos; reduzca el rango o solicite resolution=1m o 1h</translation>
    </message>
    <message>
        <source>alert state: %1</source>
        <translation>estado de la alerta: %1</translation>
    </message>
    <message>
        <source>body: expected a JSON object (%1 at byte %2)</source>
        <translation>cuerpo: se esperaba un objeto JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>duration: &quot;%1&quot; is not a duration like 30m, 2h, 1d</source>
        <translation>duration: &quot;%1&quot; no es una duración como 30m, 2h, 1d</translation>
    </message>
    <message>
        <source>there is no silence %1</source>
        <translation>no existe el silencio %1</translation>
    </message>
    <message>
        <source>to: required: who takes the incident</source>
        <translation>to: obligatorio: quién se hace cargo del incidente</translation>
    </message>
    <message>
        <source>at: expected an RFC 3339 time with an offset, like &quot;2026-03-08T09:00:00-04:00&quot;, or epoch milliseconds, got &quot;%1&quot;</source>
        <translation>at: se esperaba una hora RFC 3339 con desfase horario, como &quot;2026-03-08T09:00:00-04:00&quot;, o milisegundos desde la época Unix; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no SLO &quot;%1&quot;</source>
        <translation>no existe el SLO &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no notification #%1</source>
        <translation>no existe la notificación #%1</translation>
    </message>
    <message>
        <source>secret name: &quot;%1&quot; is not known; known: %2</source>
        <translation>nombre del secreto: &quot;%1&quot; es desconocido; conocidos: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>version: expected a positive integer, got &quot;%1&quot;</source>
        <translation>version: se esperaba un entero positivo, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no version %1 of dashboard %2</source>
        <translation>no existe la versión %1 del tablero %2</translation>
    </message>
    <message>
        <source>no dashboard %1</source>
        <translation>no existe el tablero %1</translation>
    </message>
    <message>
        <source>base_version: expected 0 or a positive integer, got &quot;%1&quot;</source>
        <translation>base_version: se esperaba 0 o un entero positivo, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>No dashboard %1</source>
        <translation>No existe el tablero %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>STALE · no data for %1</source>
        <translation>DESACTUALIZADO · sin datos desde hace %1</translation>
    </message>
    <message>
        <source>STALE · no data</source>
        <translation>DESACTUALIZADO · sin datos</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operativo</translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>No hay incidentes abiertos</translation>
    </message>
    <message>
        <source>no rotation %1</source>
        <translation>no existe la rotación %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>error budget left · %1</source>
        <translation>presupuesto de errores restante · %1</translation>
    </message>
    <message>
        <source>could not store %1 in the %2: %3</source>
        <translation>no se pudo guardar %1 en el %2: %3</translation>
    </message>
    <message>
        <source>HMS Ops Center status</source>
        <translation>Estado de HMS Ops Center</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 incident</source>
        <translation>incidente %1</translation>
    </message>
    <message>
        <source>Open incidents (%1)</source>
        <translation>Incidentes abiertos (%1)</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>No hay incidentes abiertos.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>On call now</source>
        <translation>De guardia ahora</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>No incident #%1</source>
        <translation>No existe el incidente #%1</translation>
    </message>
    <message>
        <source>← Status</source>
        <translation>← Estado</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Incidente #%1</translation>
    </message>
    <message>
        <source>No playbook %1</source>
        <translation>No existe el playbook %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>HMS Ops Center · generated %1</source>
        <translation>HMS Ops Center · generado %1</translation>
    </message>
    <message>
        <source>body: %1 at offset %2</source>
        <translation>cuerpo: %1 en el desplazamiento %2</translation>
    </message>
    <message>
        <source>body: expected a JSON object</source>
        <translation>cuerpo: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>step: required, the step&apos;s index from 0</source>
        <translation>step: obligatorio, el índice del paso a partir de 0</translation>
    </message>
    <message>
        <source>ids: required, a non-empty array of incident ids</source>
        <translation>ids: obligatorio, un arreglo no vacío de IDs de incidentes</translation>
    </message>
    <message>
        <source>ids[%1]: expected an incident id</source>
        <translation>ids[%1]: se esperaba un ID de incidente</translation>
    </message>
    <message>
        <source>no playbook %1</source>
        <translation>no existe el playbook %1</translation>
    </message>
    <message>
        <source>%1: expected a version of %2 (1 to %3)</source>
        <translation>%1: se esperaba una versión de %2 (de 1 a %3)</translation>
    </message>
    <message>
        <source>base_version: required, the version the edit started from (0 for a new playbook)</source>
        <translation>base_version: obligatorio, la versión desde la que se inició la edición (0 para un playbook nuevo)</translation>
    </message>
    <message>
        <source>margin: &quot;%1&quot; is not a duration from 0s to 1d</source>
        <translation>margin: &quot;%1&quot; no es una duración de 0s a 1d</translation>
    </message>
    <message>
        <source>rca.%1</source>
        <translation>rca.%1</translation>
    </message>
    <message>
        <source>base_version: required, the version the edit started from (0 for a new review)</source>
        <translation>base_version: obligatorio, la versión desde la que se inició la edición (0 para una revisión nueva)</translation>
    </message>
    <message>
        <source>the samples could not be made durable (%1); nothing is acknowledged, send again</source>
        <translation>no se pudieron guardar las muestras de forma duradera (%1); no se confirma nada, vuelva a enviarlas</translation>
    </message>
    <message>
        <source>Host: &quot;%1&quot; is not a name of this instance; open it as 127.0.0.1 or localhost, or set notify.link_base to the address a reverse proxy serves it under</source>
        <translation>Host: &quot;%1&quot; no es un nombre de esta instancia; ábrala como 127.0.0.1 o localhost, o configure notify.link_base con la dirección bajo la que la sirve un proxy inverso</translation>
    </message>
</context>
<context>
    <name>hms::Catalog</name>
    <message>
        <source>rule %1: notify: unknown rotation &quot;%2&quot; (known: %3); create it first with `opsctl rotation create FILE`</source>
        <translation>regla %1: notify: rotación desconocida &quot;%2&quot; (conocidas: %3); créela primero con `opsctl rotation create FILE`</translation>
    </message>
    <message>
        <source>rule %1: playbook: unknown playbook &quot;%2&quot; (known: %3); import it first with `opsctl playbook import FILE.md`</source>
        <translation>regla %1: playbook: playbook desconocido &quot;%2&quot; (conocidos: %3); impórtelo primero con `opsctl playbook import FILE.md`</translation>
    </message>
    <message>
        <source>rule %1: escalation: unknown escalation policy &quot;%2&quot; (known: %3); create it first with `opsctl escalation create FILE`</source>
        <translation>regla %1: escalation: política de escalamiento desconocida &quot;%2&quot; (conocidas: %3); créela primero con `opsctl escalation create FILE`</translation>
    </message>
    <message>
        <source>steps[%1].rotation: unknown rotation &quot;%2&quot;; create it first with `opsctl rotation create FILE`</source>
        <translation>steps[%1].rotation: rotación desconocida &quot;%2&quot;; créela primero con `opsctl rotation create FILE`</translation>
    </message>
    <message>
        <source>rule %1: the name is taken by an SLO&apos;s generated alert; choose another</source>
        <translation>regla %1: el nombre ya lo usa la alerta generada de un SLO; elija otro</translation>
    </message>
    <message>
        <source>notify: unknown rotation &quot;%1&quot;; create it first with `opsctl rotation create FILE`</source>
        <translation>notify: rotación desconocida &quot;%1&quot;; créela primero con `opsctl rotation create FILE`</translation>
    </message>
    <message>
        <source>playbook: unknown playbook &quot;%1&quot;; import it first with `opsctl playbook import FILE.md`</source>
        <translation>playbook: playbook desconocido &quot;%1&quot;; impórtelo primero con `opsctl playbook import FILE.md`</translation>
    </message>
    <message>
        <source>escalation: unknown escalation policy &quot;%1&quot;; create it first with `opsctl escalation create FILE`</source>
        <translation>escalation: política de escalamiento desconocida &quot;%1&quot;; créela primero con `opsctl escalation create FILE`</translation>
    </message>
    <message>
        <source>id: the generated alert %1 would replace an installed rule of that name</source>
        <translation>id: la alerta generada %1 reemplazaría una regla instalada con ese nombre</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>importación: %1</translation>
    </message>
    <message>
        <source>the heading names playbook &quot;%1&quot;, but this is playbook &quot;%2&quot;; keep &quot;# Playbook: %2&quot;</source>
        <translation>el encabezado nombra el playbook &quot;%1&quot;, pero este es el playbook &quot;%2&quot;; mantenga &quot;# Playbook: %2&quot;</translation>
    </message>
    <message>
        <source>playbook %1 does not exist any more</source>
        <translation>el playbook %1 ya no existe</translation>
    </message>
    <message>
        <source>conflict: %1 saved version %2 of %3 at %4 after you opened version %5; nothing was overwritten. Compare, merge your change into version %2 and save again.</source>
        <translation>conflicto: %1 guardó la versión %2 de %3 (%4) después de que usted abriera la versión %5; no se sobrescribió nada. Compare, integre su cambio en la versión %2 y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>hms::Channels</name>
    <message>
        <source>%1: expected an http(s) URL</source>
        <translation>%1: se esperaba una URL http(s)</translation>
    </message>
    <message>
        <source>%1: expected a 32-character PagerDuty integration key (letters and digits)</source>
        <translation>%1: se esperaba una clave de integración de PagerDuty de 32 caracteres (letras y dígitos)</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; is not known; known: %2</source>
        <translation>la opción de configuración &quot;%1&quot; es desconocida; conocidas: %2</translation>
    </message>
    <message>
        <source>%1: expected 1 or 0, got &quot;%2&quot;</source>
        <translation>%1: se esperaba 1 o 0, se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a severity; expected a comma list of critical, warning, info (empty: all)</source>
        <translation>%1: &quot;%2&quot; no es una gravedad; se esperaba una lista separada por comas de critical, warning, info (vacía: todas)</translation>
    </message>
    <message>
        <source>notify.link_base: expected an http(s) URL without query, like https://ops.example.gov, got &quot;%1&quot;</source>
        <translation>notify.link_base: se esperaba una URL http(s) sin cadena de consulta, como https://ops.example.gov; se recibió &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hms::Dashboard</name>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>unknown field; known: %1</source>
        <translation>campo desconocido; conocidos: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se recibió %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>se esperaba un entero de %1 a %2, se recibió %3</translation>
    </message>
    <message>
        <source>expected a duration from %1 to %2 such as &quot;1h&quot;, got &quot;%3&quot;</source>
        <translation>se esperaba una duración de %1 a %2, como &quot;1h&quot;; se recibió &quot;%3&quot;</translation>
    </message>
    <message>
        <source>expected an object of label names and values, got %1</source>
        <translation>se esperaba un objeto de nombres y valores de etiquetas, se recibió %1</translation>
    </message>
    <message>
        <source>not a label name</source>
        <translation>no es un nombre de etiqueta</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>se esperaba uno de %1, se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the tile reaches column %1, past the grid&apos;s %2 columns</source>
        <translation>el mosaico llega a la columna %1, más allá de las %2 columnas de la cuadrícula</translation>
    </message>
    <message>
        <source>expected p50, p95, p99.9, mean, min, max, sum, count, rate, increase or last, got &quot;%1&quot;</source>
        <translation>se esperaba p50, p95, p99.9, mean, min, max, sum, count, rate, increase o last; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only chart and stat tiles read a metric</source>
        <translation>solo los mosaicos de tipo chart y stat leen una métrica</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with name, title and tiles</source>
        <translation>%1: se esperaba un objeto JSON con name, title y tiles</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2); update HMS Ops Center</source>
        <translation>la versión %1 es más reciente que la que lee este programa (%2); actualice HMS Ops Center</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits, _ or - (it is the page&apos;s URL), got &quot;%1&quot;</source>
        <translation>se esperaban letras minúsculas, dígitos, _ o - (es la URL de la página); se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a list of tiles, got %1</source>
        <translation>se esperaba una lista de mosaicos, se recibió %1</translation>
    </message>
    <message>
        <source>more than %1 tiles</source>
        <translation>más de %1 mosaicos</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: se esperaba un objeto, se recibió %2</translation>
    </message>
    <message>
        <source>%1: overlaps tiles[%2] (columns %3–%4, rows %5–%6)</source>
        <translation>%1: se superpone con tiles[%2] (columnas %3–%4, filas %5–%6)</translation>
    </message>
    <message>
        <source>a tile with a query takes its series from the query; leave %1 out</source>
        <translation>un mosaico con consulta toma sus series de la consulta; omita %1</translation>
    </message>
    <message>
        <source>only chart and stat tiles read a query</source>
        <translation>solo los mosaicos de tipo chart y stat leen una consulta</translation>
    </message>
    <message>
        <source>names where the tile&apos;s query runs; this tile has no query</source>
        <translation>indica dónde se ejecuta la consulta del mosaico; este mosaico no tiene consulta</translation>
    </message>
</context>
<context>
    <name>hms::DashboardStore</name>
    <message>
        <source>ops.db: %1</source>
        <translation>ops.db: %1</translation>
    </message>
    <message>
        <source>dashboard %1 already exists (version %2); open it and save again, or import it to replace it</source>
        <translation>el tablero %1 ya existe (versión %2); ábralo y vuelva a guardarlo, o impórtelo para reemplazarlo</translation>
    </message>
    <message>
        <source>dashboard %1 was saved by %2 as version %3 after you opened version %4; reload it and apply your changes again (nothing was overwritten)</source>
        <translation>%2 guardó el tablero %1 como versión %3 después de que usted abriera la versión %4; vuelva a cargarlo y aplique sus cambios de nuevo (no se sobrescribió nada)</translation>
    </message>
</context>
<context>
    <name>hms::Endpoints</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>no running instance found: %1 does not exist (start one with `hms-ops` or `hms-ops --headless`, or pass --server URL --token-file FILE)</source>
        <translation>no se encontró ninguna instancia en ejecución: %1 no existe (inicie una con `hms-ops` o `hms-ops --headless`, o pase --server URL --token-file FILE)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 está dañado (%2)</translation>
    </message>
</context>
<context>
    <name>hms::Engine</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <source>series database %1: %2</source>
        <translation>base de datos de series %1: %2</translation>
    </message>
</context>
<context>
    <name>hms::EscalationPolicy</name>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se recibió %1</translation>
    </message>
    <message>
        <source>expected a field name, got %1</source>
        <translation>se esperaba un nombre de campo, se recibió %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>campo desconocido; los campos válidos son: %1</translation>
    </message>
    <message>
        <source>field given twice</source>
        <translation>campo indicado dos veces</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</source>
        <translation>se esperaba un id de letras, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;; se recibió %1</translation>
    </message>
    <message>
        <source>expected a mapping with a name, got %1</source>
        <translation>se esperaba un mapeo con name, se recibió %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected a mapping with rotation or person, and after, got %1</source>
        <translation>se esperaba un mapeo con rotation o person, y after; se recibió %1</translation>
    </message>
    <message>
        <source>give either rotation or person, not both</source>
        <translation>indique rotation o person, no ambos</translation>
    </message>
    <message>
        <source>expected rotation or person, got neither</source>
        <translation>se esperaba rotation o person; no se indicó ninguno</translation>
    </message>
    <message>
        <source>expected a duration from 1m to 24h, like &quot;5m&quot; or &quot;1h30m&quot;, got %1</source>
        <translation>se esperaba una duración de 1m a 24h, como &quot;5m&quot; o &quot;1h30m&quot;; se recibió %1</translation>
    </message>
    <message>
        <source>expected an escalation policy (a mapping), got %1</source>
        <translation>se esperaba una política de escalamiento (un mapeo), se recibió %1</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %1, got %2</source>
        <translation>se esperaba un número entero de 0 a %1, se recibió %2</translation>
    </message>
    <message>
        <source>expected a list of 1 to %1 steps, got %2</source>
        <translation>se esperaba una lista de 1 a %1 pasos, se recibió %2</translation>
    </message>
    <message>
        <source>expected at most %1 steps, got %2</source>
        <translation>se esperaban como máximo %1 pasos, se recibieron %2</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected character</source>
        <translation>YAML no válido: carácter inesperado</translation>
    </message>
    <message>
        <source>expected one YAML document, found a second one</source>
        <translation>se esperaba un solo documento YAML; se encontró un segundo</translation>
    </message>
    <message>
        <source>the file holds no escalation policy</source>
        <translation>el archivo no contiene ninguna política de escalamiento</translation>
    </message>
    <message>
        <source>invalid YAML: nested more than %1 levels deep</source>
        <translation>YAML no válido: anidado a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>hms::Evaluator</name>
    <message>
        <source>no Prometheus-compatible source is configured</source>
        <translation>no hay ninguna fuente compatible con Prometheus configurada</translation>
    </message>
</context>
<context>
    <name>hms::EvaluatorLease</name>
    <message>
        <source>lost the connection holding the evaluator lease: %1</source>
        <translation>se perdió la conexión que mantenía la concesión del evaluador: %1</translation>
    </message>
</context>
<context>
    <name>hms::Exposition</name>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>TYPE: expected a metric name</source>
        <translation>TYPE: se esperaba un nombre de métrica</translation>
    </message>
    <message>
        <source>TYPE: unknown type &quot;%1&quot; (expected counter, gauge, histogram, summary or untyped)</source>
        <translation>TYPE: tipo desconocido &quot;%1&quot; (se esperaba counter, gauge, histogram, summary o untyped)</translation>
    </message>
    <message>
        <source>TYPE: a second TYPE line for &quot;%1&quot;</source>
        <translation>TYPE: una segunda línea TYPE para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;</source>
        <translation>se esperaba un nombre de etiqueta o &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;, got &apos;%1&apos;</source>
        <translation>se esperaba un nombre de etiqueta o &apos;}&apos;, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name &quot;%1&quot;</source>
        <translation>se esperaba &apos;=&apos; después del nombre de etiqueta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of the label &quot;%1&quot;</source>
        <translation>se esperaba &apos;&quot;&apos; para iniciar el valor de la etiqueta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>label value without a closing quote</source>
        <translation>valor de etiqueta sin comillas de cierre</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; appears twice</source>
        <translation>la etiqueta &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después de un valor de etiqueta</translation>
    </message>
    <message>
        <source>expected a metric name, got &apos;%1&apos;</source>
        <translation>se esperaba un nombre de métrica, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the metric name</source>
        <translation>&apos;%1&apos; inesperado en el nombre de la métrica</translation>
    </message>
    <message>
        <source>expected a value after the metric</source>
        <translation>se esperaba un valor después de la métrica</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is out of range</source>
        <translation>el valor &quot;%1&quot; está fuera de rango</translation>
    </message>
    <message>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>se esperaba un número, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the timestamp &quot;%1&quot; is out of range</source>
        <translation>la marca de tiempo &quot;%1&quot; está fuera de rango</translation>
    </message>
    <message>
        <source>expected a timestamp in milliseconds, got &quot;%1&quot;</source>
        <translation>se esperaba una marca de tiempo en milisegundos, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp: &quot;%1&quot;</source>
        <translation>texto inesperado después de la marca de tiempo: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1:%2: %3</source>
        <translation>línea %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>hms::HttpIngestListener</name>
    <message>
        <source>HTTP ingest: cannot %1 TCP %2:%3: %4</source>
        <translation>Ingesta HTTP: no se puede %1 TCP %2:%3: %4</translation>
    </message>
    <message>
        <source>%1 %2: method not allowed; use GET</source>
        <translation>%1 %2: método no permitido; use GET</translation>
    </message>
    <message>
        <source>no route for %1 %2; this port takes POST /write, POST /api/v2/write, GET /ping and GET /health</source>
        <translation>no hay ruta para %1 %2; este puerto acepta POST /write, POST /api/v2/write, GET /ping y GET /health</translation>
    </message>
    <message>
        <source>%1 %2: method not allowed; use POST</source>
        <translation>%1 %2: método no permitido; use POST</translation>
    </message>
    <message>
        <source>missing Authorization: Bearer &lt;token&gt; (the token is in DATA_DIR/api-token)</source>
        <translation>falta Authorization: Bearer &lt;token&gt; (el token está en DATA_DIR/api-token)</translation>
    </message>
    <message>
        <source>wrong API token</source>
        <translation>token de API incorrecto</translation>
    </message>
    <message>
        <source>precision: &quot;%1&quot; is not one of ns, us, ms, s (or n, u, m, h)</source>
        <translation>precision: &quot;%1&quot; no es uno de ns, us, ms, s (o n, u, m, h)</translation>
    </message>
    <message>
        <source>body: decompresses to more than %1 bytes; send smaller batches</source>
        <translation>cuerpo: descomprimido supera los %1 bytes; envíe lotes más pequeños</translation>
    </message>
    <message>
        <source>body: Content-Encoding is gzip but the body is not valid gzip</source>
        <translation>cuerpo: Content-Encoding es gzip, pero el cuerpo no es gzip válido</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>partial write: %1 of %2 lines rejected: %3</source>
        <translation>escritura parcial: %1 de %2 líneas rechazadas: %3</translation>
    </message>
    <message>
        <source>the samples could not be made durable (%1); nothing is acknowledged, send again</source>
        <translation>no se pudieron guardar las muestras de forma duradera (%1); no se confirma nada, vuelva a enviarlas</translation>
    </message>
</context>
<context>
    <name>hms::HttpRequestParser</name>
    <message>
        <source>request line and headers: longer than %1 bytes</source>
        <translation>línea de solicitud y encabezados: más de %1 bytes</translation>
    </message>
    <message>
        <source>request line: expected METHOD TARGET HTTP/1.1, got %1</source>
        <translation>línea de solicitud: se esperaba METHOD TARGET HTTP/1.1, se recibió %1</translation>
    </message>
    <message>
        <source>request line: %1 is not an HTTP version (expected HTTP/1.1)</source>
        <translation>línea de solicitud: %1 no es una versión de HTTP (se esperaba HTTP/1.1)</translation>
    </message>
    <message>
        <source>%1 is not supported: send HTTP/1.1 or HTTP/1.0</source>
        <translation>%1 no es compatible: envíe HTTP/1.1 o HTTP/1.0</translation>
    </message>
    <message>
        <source>request line: the method %1 is not a token</source>
        <translation>línea de solicitud: el método %1 no es un token</translation>
    </message>
    <message>
        <source>request line: the target %1 holds a control character or a non-ASCII byte</source>
        <translation>línea de solicitud: el destino %1 contiene un carácter de control o un byte no ASCII</translation>
    </message>
    <message>
        <source>request line: the target %1 is not a path starting with &apos;/&apos;</source>
        <translation>línea de solicitud: el destino %1 no es una ruta que empiece por &apos;/&apos;</translation>
    </message>
    <message>
        <source>header line %1: starts with a space (obsolete line folding is not supported)</source>
        <translation>línea de encabezado %1: empieza con un espacio (no se admite el plegado de líneas obsoleto)</translation>
    </message>
    <message>
        <source>header line %1: missing &apos;:&apos;</source>
        <translation>línea de encabezado %1: falta &apos;:&apos;</translation>
    </message>
    <message>
        <source>header line %1: the field name %2 is not a token (no spaces before &apos;:&apos;)</source>
        <translation>línea de encabezado %1: el nombre de campo %2 no es un token (sin espacios antes de &apos;:&apos;)</translation>
    </message>
    <message>
        <source>header line %1: the value of %2 holds a control character</source>
        <translation>línea de encabezado %1: el valor de %2 contiene un carácter de control</translation>
    </message>
    <message>
        <source>header line %1: Content-Length %2 is not a number</source>
        <translation>línea de encabezado %1: Content-Length %2 no es un número</translation>
    </message>
    <message>
        <source>header line %1: Content-Length %2 contradicts %3</source>
        <translation>línea de encabezado %1: Content-Length %2 contradice %3</translation>
    </message>
    <message>
        <source>Transfer-Encoding: %1 is not supported (only chunked)</source>
        <translation>Transfer-Encoding: %1 no es compatible (solo chunked)</translation>
    </message>
    <message>
        <source>Transfer-Encoding: expected chunked, once</source>
        <translation>Transfer-Encoding: se esperaba chunked, una sola vez</translation>
    </message>
    <message>
        <source>Transfer-Encoding: not allowed in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding: no se permite en una solicitud HTTP/1.0</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding are set; send only one of them</source>
        <translation>se indicaron Content-Length y Transfer-Encoding a la vez; envíe solo uno de ellos</translation>
    </message>
    <message>
        <source>body: Content-Length %1 is over the limit of %2 bytes; send smaller batches</source>
        <translation>cuerpo: Content-Length %1 supera el límite de %2 bytes; envíe lotes más pequeños</translation>
    </message>
    <message>
        <source>%1 without Content-Length or Transfer-Encoding: chunked</source>
        <translation>%1 sin Content-Length ni Transfer-Encoding: chunked</translation>
    </message>
    <message>
        <source>chunk %1: the size line is longer than %2 bytes</source>
        <translation>fragmento %1: la línea de tamaño supera los %2 bytes</translation>
    </message>
    <message>
        <source>body: the chunked body is over the limit of %1 bytes; send smaller batches</source>
        <translation>cuerpo: el cuerpo fragmentado supera el límite de %1 bytes; envíe lotes más pequeños</translation>
    </message>
    <message>
        <source>chunk %1: expected a hexadecimal size, got %2</source>
        <translation>fragmento %1: se esperaba un tamaño hexadecimal, se recibió %2</translation>
    </message>
    <message>
        <source>chunk %1: unexpected %2 after the size</source>
        <translation>fragmento %1: %2 inesperado después del tamaño</translation>
    </message>
    <message>
        <source>chunk %1: the extension holds a control character</source>
        <translation>fragmento %1: la extensión contiene un carácter de control</translation>
    </message>
    <message>
        <source>chunk %1: the data is not followed by a line end (is the size right?)</source>
        <translation>fragmento %1: los datos no van seguidos de un fin de línea (¿es correcto el tamaño?)</translation>
    </message>
    <message>
        <source>trailers: longer than %1 bytes</source>
        <translation>trailers: más de %1 bytes</translation>
    </message>
    <message>
        <source>trailer line %1: expected name: value, got %2</source>
        <translation>línea de trailer %1: se esperaba nombre: valor, se recibió %2</translation>
    </message>
</context>
<context>
    <name>hms::IncidentService</name>
    <message>
        <source>%1 fired: %2 %3 = %4 (threshold %5)</source>
        <translation>%1 se activó: %2 %3 = %4 (umbral %5)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>assigned to %1 (rotation %2, pager #%3)</source>
        <translation>asignado a %1 (rotación %2, localizador #%3)</translation>
    </message>
    <message>
        <source>nobody is on call in rotation %1: unassigned</source>
        <translation>nadie está de guardia en la rotación %1: sin asignar</translation>
    </message>
    <message>
        <source>playbook %1 attached</source>
        <translation>se adjuntó el playbook %1</translation>
    </message>
    <message>
        <source>playbook %1 is missing from the catalog</source>
        <translation>el playbook %1 no está en el catálogo</translation>
    </message>
    <message>
        <source>resolved: %1 back to %2 (threshold %3)</source>
        <translation>resuelto: %1 volvió a %2 (umbral %3)</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no existe el incidente %1</translation>
    </message>
    <message>
        <source>incident %1 is %2; only a triggered incident can be acknowledged</source>
        <translation>el incidente %1 está %2; solo se puede reconocer un incidente activado</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>reconocido por %1</translation>
    </message>
    <message>
        <source>could not store the acknowledgement: %1</source>
        <translation>no se pudo guardar el reconocimiento: %1</translation>
    </message>
    <message>
        <source>incident %1 is already resolved</source>
        <translation>el incidente %1 ya está resuelto</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>resuelto por %1</translation>
    </message>
    <message>
        <source>could not store the resolution: %1</source>
        <translation>no se pudo guardar la resolución: %1</translation>
    </message>
    <message>
        <source>to: required: who takes the incident</source>
        <translation>to: obligatorio: quién se hace cargo del incidente</translation>
    </message>
    <message>
        <source>incident %1 is resolved; only an open incident can be reassigned</source>
        <translation>el incidente %1 está resuelto; solo se puede reasignar un incidente abierto</translation>
    </message>
    <message>
        <source>incident %1 is already assigned to %2</source>
        <translation>el incidente %1 ya está asignado a %2</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2 by %3</source>
        <translation>reasignado de %1 a %2 por %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2 (pager #%3) by %4</source>
        <translation>reasignado de %1 a %2 (localizador #%3) por %4</translation>
    </message>
    <message>
        <source>could not store the reassignment: %1</source>
        <translation>no se pudo guardar la reasignación: %1</translation>
    </message>
    <message>
        <source>paged %1 (pager #%2): escalation %3, step 1 of %4</source>
        <translation>se avisó a %1 (localizador #%2): escalamiento %3, paso 1 de %4</translation>
    </message>
    <message>
        <source>escalation %1, step 1: nobody to page</source>
        <translation>escalamiento %1, paso 1: no hay nadie a quien avisar</translation>
    </message>
    <message>
        <source>escalation %1 has no step left to page</source>
        <translation>el escalamiento %1 no tiene más pasos para avisar</translation>
    </message>
    <message>
        <source>%1 (pager #%2)</source>
        <translation>%1 (localizador #%2)</translation>
    </message>
    <message>
        <source>nobody (no one on call)</source>
        <translation>nadie (no hay nadie de guardia)</translation>
    </message>
    <message>
        <source>escalated to %1: escalation %2, step %3 of %4, round %5; %6</source>
        <translation>escalado a %1: escalamiento %2, paso %3 de %4, ronda %5; %6</translation>
    </message>
    <message>
        <source>could not store the escalation: %1</source>
        <translation>no se pudo guardar el escalamiento: %1</translation>
    </message>
    <message>
        <source>not acknowledged for %1</source>
        <translation>sin reconocer durante %1</translation>
    </message>
    <message>
        <source>incident %1 is resolved</source>
        <translation>el incidente %1 está resuelto</translation>
    </message>
    <message>
        <source>incident %1 has no escalation policy (its rule has no `escalation:`); reassign it instead</source>
        <translation>el incidente %1 no tiene política de escalamiento (su regla no tiene `escalation:`); reasígnelo en su lugar</translation>
    </message>
    <message>
        <source>escalation policy %1 is missing from the catalog</source>
        <translation>la política de escalamiento %1 no está en el catálogo</translation>
    </message>
    <message>
        <source>escalated by hand by %1</source>
        <translation>escalado manualmente por %1</translation>
    </message>
    <message numerus="yes">
        <source>acknowledged by %1 (with %n others)</source>
        <translation>
            <numerusform>reconocido por %1 (junto con %n más)</numerusform>
            <numerusform>reconocido por %1 (junto con %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>comment: empty; write what you saw or did</source>
        <translation>comment: vacío; escriba lo que vio o hizo</translation>
    </message>
    <message>
        <source>comment: %1 characters, at most 10,000</source>
        <translation>comment: %1 caracteres, como máximo 10,000</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not store the comment: %1</source>
        <translation>no se pudo guardar el comentario: %1</translation>
    </message>
    <message>
        <source>root-cause link: &quot;%1&quot; is not a valid URL: %2</source>
        <translation>enlace de causa raíz: &quot;%1&quot; no es una URL válida: %2</translation>
    </message>
    <message>
        <source>root-cause link: &quot;%1&quot; must start with https:// or http:// (a JIRA or GitHub issue)</source>
        <translation>enlace de causa raíz: &quot;%1&quot; debe empezar con https:// o http:// (una incidencia de JIRA o GitHub)</translation>
    </message>
    <message>
        <source>root-cause link: &quot;%1&quot; has no host</source>
        <translation>enlace de causa raíz: &quot;%1&quot; no tiene host</translation>
    </message>
    <message>
        <source>root-cause link removed by %1</source>
        <translation>enlace de causa raíz eliminado por %1</translation>
    </message>
    <message>
        <source>root cause linked by %1: %2</source>
        <translation>causa raíz vinculada por %1: %2</translation>
    </message>
    <message>
        <source>could not store the link: %1</source>
        <translation>no se pudo guardar el enlace: %1</translation>
    </message>
    <message>
        <source>incident %1 is resolved; its checklist is closed</source>
        <translation>el incidente %1 está resuelto; su lista de verificación está cerrada</translation>
    </message>
    <message>
        <source>incident %1 has no playbook</source>
        <translation>el incidente %1 no tiene playbook</translation>
    </message>
    <message>
        <source>step %1: the playbook %2 has %3 steps</source>
        <translation>paso %1: el playbook %2 tiene %3 pasos</translation>
    </message>
    <message>
        <source>step %1 done by %2: %3</source>
        <translation>paso %1 completado por %2: %3</translation>
    </message>
    <message>
        <source>step %1 reopened by %2: %3</source>
        <translation>paso %1 reabierto por %2: %3</translation>
    </message>
    <message>
        <source>could not store the step: %1</source>
        <translation>no se pudo guardar el paso: %1</translation>
    </message>
    <message>
        <source>step %1 now reads &quot;%2&quot;; the playbook changed since you saw it</source>
        <translation>el paso %1 ahora dice &quot;%2&quot;; el playbook cambió desde que usted lo vio</translation>
    </message>
</context>
<context>
    <name>hms::IngestJournal</name>
    <message>
        <source>journal %1: cannot create the directory</source>
        <translation>diario %1: no se puede crear el directorio</translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation>diario %1: %2</translation>
    </message>
    <message>
        <source>journal %1: no segment is open</source>
        <translation>diario %1: no hay ningún segmento abierto</translation>
    </message>
    <message>
        <source>a record&apos;s series id is cut short</source>
        <translation>el id de serie de un registro está truncado</translation>
    </message>
    <message>
        <source>series %1: its name or labels are damaged</source>
        <translation>serie %1: su nombre o sus etiquetas están dañados</translation>
    </message>
    <message>
        <source>unknown record type %1</source>
        <translation>tipo de registro desconocido %1</translation>
    </message>
    <message>
        <source>series %1 is used before it is defined</source>
        <translation>la serie %1 se usa antes de definirse</translation>
    </message>
    <message>
        <source>a sample of series %1 is cut short</source>
        <translation>una muestra de la serie %1 está truncada</translation>
    </message>
    <message>
        <source>an exemplar of series %1 is cut short</source>
        <translation>un ejemplar de la serie %1 está truncado</translation>
    </message>
    <message>
        <source>byte 0: not a journal segment (no HMSJRNL1 header)</source>
        <translation>byte 0: no es un segmento del diario (falta la cabecera HMSJRNL1)</translation>
    </message>
    <message>
        <source>byte %1: a frame header is cut short</source>
        <translation>byte %1: la cabecera de un bloque está truncada</translation>
    </message>
    <message>
        <source>byte %1: a frame of %2 bytes is cut short</source>
        <translation>byte %1: un bloque de %2 bytes está truncado</translation>
    </message>
    <message>
        <source>byte %1: a frame fails its checksum</source>
        <translation>byte %1: un bloque no supera su suma de verificación</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>byte %1: %2</translation>
    </message>
    <message>
        <source>journal %1: %2; what precedes it is replayed</source>
        <translation>diario %1: %2; se reproduce lo que lo precede</translation>
    </message>
</context>
<context>
    <name>hms::LineProtocol</name>
    <message>
        <source>line too long: %1 bytes, the limit is %2</source>
        <translation>línea demasiado larga: %1 bytes, el límite es %2</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>measurement: missing</source>
        <translation>medición: falta</translation>
    </message>
    <message>
        <source>measurement: longer than %1 bytes</source>
        <translation>medición: supera %1 bytes</translation>
    </message>
    <message>
        <source>fields: missing (expected a space, then field=value)</source>
        <translation>campos: faltan (se esperaba un espacio y luego campo=valor)</translation>
    </message>
    <message>
        <source>field key: missing</source>
        <translation>clave de campo: falta</translation>
    </message>
    <message>
        <source>field key: expected &apos;=&apos; after &quot;%1&quot;</source>
        <translation>clave de campo: se esperaba &apos;=&apos; después de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field value: string without a closing quote</source>
        <translation>valor de campo: cadena sin comilla de cierre</translation>
    </message>
    <message>
        <source>field value: expected &apos;,&apos; or a space after the closing quote</source>
        <translation>valor de campo: se esperaba &apos;,&apos; o un espacio después de la comilla de cierre</translation>
    </message>
    <message>
        <source>field value: missing</source>
        <translation>valor de campo: falta</translation>
    </message>
    <message>
        <source>timestamp: expected an integer, got &quot;%1&quot;</source>
        <translation>marca de tiempo: se esperaba un entero, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>timestamp: &quot;%1&quot; is out of range (1970 to 9999 in the request&apos;s precision)</source>
        <translation>marca de tiempo: &quot;%1&quot; está fuera de rango (de 1970 a 9999 en la precisión de la solicitud)</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp: &quot;%1&quot;</source>
        <translation>texto inesperado después de la marca de tiempo: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tag key: missing</source>
        <translation>clave de etiqueta: falta</translation>
    </message>
    <message>
        <source>tag key: expected &apos;=&apos; after &quot;%1&quot;</source>
        <translation>clave de etiqueta: se esperaba &apos;=&apos; después de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tag value: missing for the tag &quot;%1&quot;</source>
        <translation>valor de etiqueta: falta para la etiqueta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tag key: longer than %1 bytes</source>
        <translation>clave de etiqueta: supera %1 bytes</translation>
    </message>
    <message>
        <source>tag value: longer than %1 bytes</source>
        <translation>valor de etiqueta: supera %1 bytes</translation>
    </message>
    <message>
        <source>tag key: &quot;%1&quot; appears twice</source>
        <translation>clave de etiqueta: &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>field key: the metric name measurement_field is longer than %1 bytes</source>
        <translation>clave de campo: el nombre de métrica measurement_field supera %1 bytes</translation>
    </message>
    <message>
        <source>field value: expected an integer before &apos;i&apos;, got &quot;%1&quot;</source>
        <translation>valor de campo: se esperaba un entero antes de &apos;i&apos;, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field value: expected an unsigned integer before &apos;u&apos;, got &quot;%1&quot;</source>
        <translation>valor de campo: se esperaba un entero sin signo antes de &apos;u&apos;, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field value: &quot;%1&quot; is out of range</source>
        <translation>valor de campo: &quot;%1&quot; está fuera de rango</translation>
    </message>
    <message>
        <source>field value: NaN and infinity are not allowed, got &quot;%1&quot;</source>
        <translation>valor de campo: no se permiten NaN ni infinito, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field value: expected a number, got &quot;%1&quot;</source>
        <translation>valor de campo: se esperaba un número, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1:%2: %3</source>
        <translation>línea %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>hms::Notifier</name>
    <message>
        <source>no notification: silenced by %1 (%2): %3</source>
        <translation>sin notificación: silencio de %1 (%2): %3</translation>
    </message>
    <message>
        <source>no notification: inhibited by incident #%1 (%2 %3)</source>
        <translation>sin notificación: inhibida por el incidente #%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Slack resolution message queued</source>
        <translation>Mensaje de resolución de Slack en cola</translation>
    </message>
    <message>
        <source>Slack message queued</source>
        <translation>Mensaje de Slack en cola</translation>
    </message>
    <message>
        <source>Slack reminder queued for group %1: still firing</source>
        <translation>Recordatorio de Slack en cola para el grupo %1: sigue activo</translation>
    </message>
    <message>
        <source>Slack message queued for group %1: %2 firing, %3 resolved</source>
        <translation>Mensaje de Slack en cola para el grupo %1: %2 activas, %3 resueltas</translation>
    </message>
    <message>
        <source>no notification channel configured (opsctl secret set %1)</source>
        <translation>no hay ningún canal de notificación configurado (opsctl secret set %1)</translation>
    </message>
    <message>
        <source>resolution queued for %1</source>
        <translation>resolución en cola para %1</translation>
    </message>
    <message>
        <source>queued for %1</source>
        <translation>en cola para %1</translation>
    </message>
    <message>
        <source>acknowledgement queued for %1</source>
        <translation>reconocimiento en cola para %1</translation>
    </message>
    <message>
        <source>no channel takes severity %1 (notify.CHANNEL.severities)</source>
        <translation>ningún canal acepta la gravedad %1 (notify.CHANNEL.severities)</translation>
    </message>
</context>
<context>
    <name>hms::OpsCore</name>
    <message>
        <source>Slack message delivered (attempt %1)</source>
        <translation>Mensaje de Slack entregado (intento %1)</translation>
    </message>
    <message>
        <source>Slack message delivered for %1 (attempt %2)</source>
        <translation>Mensaje de Slack entregado para %1 (intento %2)</translation>
    </message>
    <message>
        <source>secrets are kept in the file %1 (--secrets-file), not in an OS keychain: anyone who can read it as this user, or a backup of it, has every routing key and webhook URL</source>
        <translation>los secretos se guardan en el archivo %1 (--secrets-file), no en un llavero del sistema operativo: cualquiera que pueda leerlo como este usuario, o que tenga una copia de seguridad, tiene todas las claves de enrutamiento y URL de webhook</translation>
    </message>
    <message>
        <source>delivered to %1 (attempt %2)</source>
        <translation>entregado a %1 (intento %2)</translation>
    </message>
    <message>
        <source>%1 delivery failed, retrying: %2</source>
        <translation>la entrega por %1 falló; reintentando: %2</translation>
    </message>
    <message>
        <source>%1 delivery failed for good: %2</source>
        <translation>la entrega por %1 falló definitivamente: %2</translation>
    </message>
    <message>
        <source>FEMA: Apply for Disaster Assistance</source>
        <translation>FEMA: Solicitar asistencia por desastre</translation>
    </message>
    <message>
        <source>ops database: %1</source>
        <translation>base de datos de operaciones: %1</translation>
    </message>
    <message>
        <source>evaluator lease lost, standing by: %1</source>
        <translation>se perdió la concesión del evaluador; en espera: %1</translation>
    </message>
    <message>
        <source>ops database connection lost: %1; reconnecting</source>
        <translation>se perdió la conexión con la base de datos de operaciones: %1; reconectando</translation>
    </message>
    <message>
        <source>this instance lost its own connection to the ops database: %1</source>
        <translation>esta instancia perdió su propia conexión con la base de datos de operaciones: %1</translation>
    </message>
    <message>
        <source>ops database connection restored</source>
        <translation>conexión con la base de datos de operaciones restablecida</translation>
    </message>
</context>
<context>
    <name>hms::OpsDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program knows (%3); refusing to touch it</source>
        <translation>%1 tiene la versión de esquema %2, más reciente que la que conoce este programa (%3); no se modificará</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>expected a file name or a postgresql:// URL</source>
        <translation>se esperaba un nombre de archivo o una URL postgresql://</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST[:PORT]/DATABASE, got &quot;%1&quot;</source>
        <translation>se esperaba postgresql://USER@HOST[:PORT]/DATABASE, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the URL holds a password; keep it in the keychain instead (hms-ops --store-secret %1)</source>
        <translation>la URL contiene una contraseña; guárdela en el llavero (hms-ops --store-secret %1)</translation>
    </message>
    <message>
        <source>%1=%2: unknown URL parameter (valid: sslmode=%3)</source>
        <translation>%1=%2: parámetro de URL desconocido (válido: sslmode=%3)</translation>
    </message>
</context>
<context>
    <name>hms::Outbox</name>
    <message>
        <source>keychain entry %1: %2</source>
        <translation>entrada del llavero %1: %2</translation>
    </message>
    <message>
        <source>keychain entry %1 is not an http(s) URL</source>
        <translation>la entrada del llavero %1 no es una URL http(s)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>no notification #%1</source>
        <translation>no existe la notificación #%1</translation>
    </message>
    <message>
        <source>notification #%1 is %2; only dead letters can be retried</source>
        <translation>la notificación #%1 está en estado %2; solo se pueden reintentar las que están en estado dead (no entregadas)</translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation>canal desconocido %1</translation>
    </message>
</context>
<context>
    <name>hms::Parser</name>
    <message>
        <source>unexpected text after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</source>
        <translation>texto inesperado después del selector (ponga entre comillas un valor que contenga espacios o cualquiera de { } ! = ~ , &apos; ` &quot;)</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; to close the list of matchers</source>
        <translation>se esperaba &apos;}&apos; para cerrar la lista de selectores</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después del selector (ponga entre comillas un valor que contenga espacios o cualquiera de { } ! = ~ , &apos; ` &quot;)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</source>
        <translation>se esperaba &apos;,&apos; después del selector (ponga entre comillas un valor que contenga espacios o cualquiera de { } ! = ~ , &apos; ` &quot;)</translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos;</source>
        <translation>texto inesperado después de &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected at least one matcher</source>
        <translation>se esperaba al menos un selector</translation>
    </message>
    <message>
        <source>expected a label name (letters, digits and _, not starting with a digit)</source>
        <translation>se esperaba un nombre de etiqueta (letras, dígitos y _, sin empezar por un dígito)</translation>
    </message>
    <message>
        <source>expected an operator (=, !=, =~ or !~) after the label name %1</source>
        <translation>se esperaba un operador (=, !=, =~ o !~) después del nombre de etiqueta %1</translation>
    </message>
    <message>
        <source>the value of %1 has no closing quote</source>
        <translation>al valor de %1 le falta la comilla de cierre</translation>
    </message>
    <message>
        <source>expected a value after %1%2 (&quot;&quot; for the empty string)</source>
        <translation>se esperaba un valor después de %1%2 (&quot;&quot; para la cadena vacía)</translation>
    </message>
    <message>
        <source>invalid regular expression for %1: %2</source>
        <translation>expresión regular no válida para %1: %2</translation>
    </message>
</context>
<context>
    <name>hms::Playbook</name>
    <message>
        <source>the playbook is larger than 1 MiB</source>
        <translation>el playbook supera 1 MiB</translation>
    </message>
    <message>
        <source>the playbook is empty</source>
        <translation>el playbook está vacío</translation>
    </message>
    <message>
        <source>the heading names the playbook &quot;%1&quot;; an id may only hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>el encabezado nombra el playbook &quot;%1&quot;; un id solo puede contener letras, dígitos, &apos;_&apos;, &apos;.&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>no &quot;# Playbook: &lt;id&gt;&quot; heading, and the file name gives the invalid id &quot;%1&quot;</source>
        <translation>no hay encabezado &quot;# Playbook: &lt;id&gt;&quot; y el nombre del archivo da el id no válido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hms::PushParser</name>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un arreglo</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>un valor vacío</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>campo desconocido; los campos válidos son: %1</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected 1 to %1 bytes, got %2</source>
        <translation>se esperaban de 1 a %1 bytes, se obtuvieron %2</translation>
    </message>
    <message>
        <source>expected a finite number, got %1</source>
        <translation>se esperaba un número finito, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object of strings, got %1</source>
        <translation>se esperaba un objeto de cadenas, se obtuvo %1</translation>
    </message>
    <message>
        <source>empty label name</source>
        <translation>nombre de etiqueta vacío</translation>
    </message>
    <message>
        <source>expected Unix seconds between 0 and 253402300799</source>
        <translation>se esperaban segundos Unix entre 0 y 253402300799</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time with an offset, like &quot;2026-01-05T08:00:00Z&quot;</source>
        <translation>se esperaba una hora RFC 3339 con desfase horario, como &quot;2026-01-05T08:00:00Z&quot;</translation>
    </message>
    <message>
        <source>expected Unix seconds or an RFC 3339 string, got %1</source>
        <translation>se esperaban segundos Unix o una cadena RFC 3339, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected &quot;observation&quot;, &quot;gauge&quot; or &quot;counter&quot;</source>
        <translation>se esperaba &quot;observation&quot;, &quot;gauge&quot; o &quot;counter&quot;</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>an object with &quot;samples&quot; must have no other field</source>
        <translation>un objeto con &quot;samples&quot; no debe tener ningún otro campo</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba un arreglo, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object or an array of objects</source>
        <translation>se esperaba un objeto o un arreglo de objetos</translation>
    </message>
    <message>
        <source>%1 is before 1970-01-01</source>
        <translation>%1 es anterior a 1970-01-01</translation>
    </message>
</context>
<context>
    <name>hms::Rca</name>
    <message>
        <source>status: &quot;%1&quot; is not draft, in_review or published</source>
        <translation>status: &quot;%1&quot; no es draft, in_review ni published</translation>
    </message>
    <message>
        <source>timeline[%1]: expected an object</source>
        <translation>timeline[%1]: se esperaba un objeto</translation>
    </message>
    <message>
        <source>action_items[%1]: expected an object</source>
        <translation>action_items[%1]: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1due: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1due: &quot;%2&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>hms::RcaService</name>
    <message>
        <source>summary: empty; say in a few sentences what happened and to whom</source>
        <translation>summary: vacío; indique en pocas frases qué ocurrió y a quién afectó</translation>
    </message>
    <message>
        <source>timeline[%1].text: empty</source>
        <translation>timeline[%1].text: vacío</translation>
    </message>
    <message>
        <source>timeline[%1].at: no time</source>
        <translation>timeline[%1].at: sin hora</translation>
    </message>
    <message>
        <source>%1.what: empty; say what will be done</source>
        <translation>%1.what: vacío; indique qué se hará</translation>
    </message>
    <message>
        <source>%1.owner: empty; every action item has an owner</source>
        <translation>%1.owner: vacío; cada acción debe tener un propietario</translation>
    </message>
    <message>
        <source>learnings: empty; a published review says what was learned</source>
        <translation>learnings: vacío; una revisión publicada indica qué se aprendió</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no existe el incidente %1</translation>
    </message>
    <message>
        <source>conflict: %1 saved version %2 of this review at %3 after you opened version %4; nothing was overwritten. Reopen it and apply your change again.</source>
        <translation>conflicto: %1 guardó la versión %2 de esta revisión el %3, después de que usted abriera la versión %4; no se sobrescribió nada. Vuelva a abrirla y aplique su cambio de nuevo.</translation>
    </message>
    <message>
        <source>conflict: the review changed while saving</source>
        <translation>conflicto: la revisión cambió mientras se guardaba</translation>
    </message>
    <message>
        <source>RCA started by %1</source>
        <translation>RCA iniciado por %1</translation>
    </message>
    <message>
        <source>RCA %1 by %2</source>
        <translation>RCA: %1, por %2</translation>
    </message>
</context>
<context>
    <name>hms::Reader</name>
    <message>
        <source>unknown field %1 (expected one of %2)</source>
        <translation>campo desconocido %1 (se esperaba uno de: %2)</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 is not a duration like 30s, 5m, 1h</source>
        <translation>%1 no es una duración como 30s, 5m, 1h</translation>
    </message>
    <message>
        <source>expected a mapping of name: value, got %1</source>
        <translation>se esperaba un mapeo de nombre: valor, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>se esperaba una lista, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>se esperaba un mapeo, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a mapping with rule_files and tests, got %1</source>
        <translation>se esperaba un mapeo con rule_files y tests, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a list of rule files</source>
        <translation>se esperaba una lista de archivos de reglas</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>debe ser positivo</translation>
    </message>
    <message>
        <source>expected a list of test groups</source>
        <translation>se esperaba una lista de grupos de pruebas</translation>
    </message>
    <message>
        <source>not supported: our rules are not PromQL; test them with alert_rule_test</source>
        <translation>no admitido: nuestras reglas no son PromQL; pruébelas con alert_rule_test</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>expected series: &apos;name{label=&quot;value&quot;}&apos; and values: &apos;...&apos;</source>
        <translation>se esperaba series: &apos;name{label=&quot;value&quot;}&apos; y values: &apos;...&apos;</translation>
    </message>
    <message>
        <source>eval_time and alertname are required</source>
        <translation>eval_time y alertname son obligatorios</translation>
    </message>
</context>
<context>
    <name>hms::RemoteHub</name>
    <message>
        <source>the secret %1 cannot be read: %2</source>
        <translation>no se puede leer el secreto %1: %2</translation>
    </message>
    <message>
        <source>no %1 source is configured</source>
        <translation>no hay ninguna fuente de %1 configurada</translation>
    </message>
    <message>
        <source>no %1 source named %2</source>
        <translation>no hay ninguna fuente de %1 llamada %2</translation>
    </message>
    <message>
        <source>%1 (retrying in %2 s)</source>
        <translation>%1 (reintento en %2 s)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>a silence needs at least one matcher</source>
        <translation>un silencio necesita al menos un selector</translation>
    </message>
    <message>
        <source>waiting for the secret %1</source>
        <translation>esperando el secreto %1</translation>
    </message>
    <message>
        <source>the answer is over %1 bytes and was not read; ask for less (a shorter range, fewer series)</source>
        <translation>la respuesta supera los %1 bytes y no se leyó; pida menos (un rango más corto, menos series)</translation>
    </message>
</context>
<context>
    <name>hms::ReplaySession</name>
    <message>
        <source>Replay of incident #%1</source>
        <translation>Reproducción del incidente #%1</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>SLO %1: error budget left</source>
        <translation>SLO %1: presupuesto de errores restante</translation>
    </message>
    <message>
        <source>Open at this moment</source>
        <translation>Abiertos en este momento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hms::Rotation</name>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a field name, got %1</source>
        <translation>se esperaba un nombre de campo, se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>campo desconocido; los campos válidos son: %1</translation>
    </message>
    <message>
        <source>field given twice</source>
        <translation>campo indicado dos veces</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a name or a mapping, got %1</source>
        <translation>se esperaba un nombre o un mapeo, se obtuvo %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>expected a rotation (a mapping), got %1</source>
        <translation>se esperaba una rotación (un mapeo), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</source>
        <translation>se esperaba un id con letras, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a duration longer than 0, like &quot;1w&quot; or &quot;12h&quot;, got %1</source>
        <translation>se esperaba una duración mayor que 0, como &quot;1w&quot; o &quot;12h&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a non-empty list of members, got %1</source>
        <translation>se esperaba una lista no vacía de miembros, se obtuvo %1</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected character</source>
        <translation>YAML no válido: carácter inesperado</translation>
    </message>
    <message>
        <source>expected one YAML document, found a second one</source>
        <translation>se esperaba un solo documento YAML, se encontró un segundo</translation>
    </message>
    <message>
        <source>the file holds no rotation</source>
        <translation>el archivo no contiene ninguna rotación</translation>
    </message>
    <message>
        <source>invalid YAML: nested more than %1 levels deep</source>
        <translation>YAML no válido: anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>expected a date and time, like &quot;2026-01-05T08:00:00-05:00&quot; or &quot;2026-01-05T08:00:00&quot; (wall-clock time in time_zone), got %1</source>
        <translation>se esperaba una fecha y hora, como &quot;2026-01-05T08:00:00-05:00&quot; o &quot;2026-01-05T08:00:00&quot; (hora local en time_zone), se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown member %1; members are: %2</source>
        <translation>miembro desconocido %1; los miembros son: %2</translation>
    </message>
    <message>
        <source>expected a mapping with start and end, got %1</source>
        <translation>se esperaba un mapeo con start y end, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a list of days like [mon, tue], got %1</source>
        <translation>se esperaba una lista de días como [mon, tue], se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a day (mon, tue, wed, thu, fri, sat, sun, weekdays, weekend), got %1</source>
        <translation>se esperaba un día (mon, tue, wed, thu, fri, sat, sun, weekdays, weekend), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a time of day like &quot;09:00&quot;%1, got %2</source>
        <translation>se esperaba una hora del día como &quot;09:00&quot;%1, se obtuvo %2</translation>
    </message>
    <message>
        <source> or &quot;24:00&quot;</source>
        <translation> o &quot;24:00&quot;</translation>
    </message>
    <message>
        <source>must differ from start (for the whole day, leave out restrictions or use 00:00 to 24:00)</source>
        <translation>debe ser distinto de start (para el día completo, omita restrictions o use de 00:00 a 24:00)</translation>
    </message>
    <message>
        <source>expected a layer (a mapping), got %1</source>
        <translation>se esperaba una capa (un mapeo), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a non-empty list of member names, got %1</source>
        <translation>se esperaba una lista no vacía de nombres de miembros, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>se esperaba una lista, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an override (a mapping), got %1</source>
        <translation>se esperaba una sustitución (un mapeo), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an IANA time zone like &quot;America/New_York&quot;, got %1</source>
        <translation>se esperaba una zona horaria IANA como &quot;America/New_York&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>give start and handoff in each layer when the rotation has layers</source>
        <translation>indique start y handoff en cada capa cuando la rotación tenga capas</translation>
    </message>
    <message>
        <source>expected a non-empty list of layers, got %1</source>
        <translation>se esperaba una lista no vacía de capas, se obtuvo %1</translation>
    </message>
    <message>
        <source>give an offset, like &quot;2026-01-05T08:00:00-05:00&quot;, or a time_zone for wall-clock time</source>
        <translation>indique un desfase horario, como &quot;2026-01-05T08:00:00-05:00&quot;, o una time_zone para la hora local</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>debe ser posterior a start</translation>
    </message>
    <message>
        <source>overlaps overrides[%1] (%2 and %3 from %4 to %5)</source>
        <translation>se superpone con overrides[%1] (%2 y %3 desde %4 hasta %5)</translation>
    </message>
    <message>
        <source>a hand-off every %1 is too long: at most 3650d (ten years)</source>
        <translation>un relevo cada %1 es demasiado largo: como máximo 3650d (diez años)</translation>
    </message>
</context>
<context>
    <name>hms::Routing</name>
    <message>
        <source>expected a routing configuration (a mapping), got %1</source>
        <translation>se esperaba una configuración de enrutamiento (un mapeo), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>se esperaba un mapeo, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>se esperaba una lista, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an inhibition rule (a mapping), got %1</source>
        <translation>se esperaba una regla de inhibición (un mapeo), se obtuvo %1</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>the file holds no routing configuration</source>
        <translation>el archivo no contiene ninguna configuración de enrutamiento</translation>
    </message>
</context>
<context>
    <name>hms::RuleParser</name>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a duration like &quot;30s&quot;, &quot;2m&quot; or &quot;1h30m&quot;, got %1</source>
        <translation>se esperaba una duración como &quot;30s&quot;, &quot;2m&quot; o &quot;1h30m&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be longer than 0, got %1</source>
        <translation>debe ser mayor que 0, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</source>
        <translation>se esperaba un id con letras, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a mapping of label: value, got %1</source>
        <translation>se esperaba un mapeo de etiqueta: valor, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a label name, got %1</source>
        <translation>se esperaba un nombre de etiqueta, se obtuvo %1</translation>
    </message>
    <message>
        <source>duplicate label %1</source>
        <translation>etiqueta duplicada %1</translation>
    </message>
    <message>
        <source>expected a rule (a mapping of fields), got %1</source>
        <translation>se esperaba una regla (un mapeo de campos), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a field name, got %1</source>
        <translation>se esperaba un nombre de campo, se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>campo desconocido; los campos válidos son: %1</translation>
    </message>
    <message>
        <source>field given twice</source>
        <translation>campo indicado dos veces</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a name matching [A-Za-z_][A-Za-z0-9_:.-]*, got %1</source>
        <translation>se esperaba un nombre que coincida con [A-Za-z_][A-Za-z0-9_:.-]*, se obtuvo %1</translation>
    </message>
    <message>
        <source>the file name gives the default name %1, which is not a valid rule name; add a name: field</source>
        <translation>el nombre del archivo da el nombre predeterminado %1, que no es un nombre de regla válido; agregue un campo name:</translation>
    </message>
    <message>
        <source>expected a metric name without spaces, got %1</source>
        <translation>se esperaba un nombre de métrica sin espacios, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected p0..p100 (e.g. p95, p99.9), mean, min, max, sum, count, rate, increase or last, got %1</source>
        <translation>se esperaba p0..p100 (p. ej., p95, p99.9), mean, min, max, sum, count, rate, increase o last, se obtuvo %1</translation>
    </message>
    <message>
        <source>YAML read %1 as a tag; quote the comparison, e.g. threshold: &quot;!= 5&quot;</source>
        <translation>YAML leyó %1 como un tag; ponga la comparación entre comillas, p. ej., threshold: &quot;!= 5&quot;</translation>
    </message>
    <message>
        <source>expected one of critical, warning, info, got %1</source>
        <translation>se esperaba uno de critical, warning, info, se obtuvo %1</translation>
    </message>
    <message>
        <source>duplicate rule name %1 (first used by the rule at line %2)</source>
        <translation>nombre de regla duplicado %1 (ya lo usa la regla de la línea %2)</translation>
    </message>
    <message>
        <source>expected a rule (a mapping of fields) or a rules: list, got %1</source>
        <translation>se esperaba una regla (un mapeo de campos) o una lista rules:, se obtuvo %1</translation>
    </message>
    <message>
        <source>unexpected beside rules:; a file holds either one rule or a rules: list</source>
        <translation>inesperado junto a rules:; un archivo contiene una sola regla o una lista rules:</translation>
    </message>
    <message>
        <source>expected a non-empty list of rules, got %1</source>
        <translation>se esperaba una lista no vacía de reglas, se obtuvo %1</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected character</source>
        <translation>YAML no válido: carácter inesperado</translation>
    </message>
    <message>
        <source>expected one YAML document, found a second one</source>
        <translation>se esperaba un solo documento YAML, se encontró un segundo</translation>
    </message>
    <message>
        <source>the file holds no rule</source>
        <translation>el archivo no contiene ninguna regla</translation>
    </message>
    <message>
        <source>invalid YAML: nested more than %1 levels deep</source>
        <translation>YAML no válido: anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source> (a comparison must be quoted: threshold: &quot;&gt; 1000&quot;)</source>
        <translation> (una comparación debe ir entre comillas: threshold: &quot;&gt; 1000&quot;)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>a rule with query: takes its series and aggregation from the query; leave %1 out</source>
        <translation>una regla con query: toma su serie y su agregación de la consulta; omita %1</translation>
    </message>
    <message>
        <source>expected a PromQL expression</source>
        <translation>se esperaba una expresión PromQL</translation>
    </message>
    <message>
        <source>expected a source name, got %1</source>
        <translation>se esperaba un nombre de fuente, se obtuvo %1</translation>
    </message>
    <message>
        <source>source: names where query: runs; this rule has no query:</source>
        <translation>source: indica dónde se ejecuta query:; esta regla no tiene query:</translation>
    </message>
</context>
<context>
    <name>hms::SecretStore</name>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>no OS keychain is reachable (is a Secret Service running?): %1</source>
        <translation>no se puede acceder a ningún llavero del sistema operativo (¿hay un Secret Service en ejecución?): %1</translation>
    </message>
    <message>
        <source>OS keychain (service %1)</source>
        <translation>llavero del sistema operativo (servicio %1)</translation>
    </message>
    <message>
        <source>file %1 (--secrets-file)</source>
        <translation>archivo %1 (--secrets-file)</translation>
    </message>
    <message>
        <source>%1: permissions are too open (group or others can access it); run chmod 600 %1</source>
        <translation>%1: los permisos son demasiado abiertos (el grupo u otros usuarios pueden acceder); ejecute chmod 600 %1</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: posición %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of secret names and values</source>
        <translation>%1: se esperaba un objeto JSON de nombres y valores de secretos</translation>
    </message>
</context>
<context>
    <name>hms::SeriesDb</name>
    <message>
        <source>series database %1: %2</source>
        <translation>base de datos de series %1: %2</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this program (%2)</source>
        <translation>la versión de esquema %1 es más reciente que este programa (%2)</translation>
    </message>
</context>
<context>
    <name>hms::SilenceService</name>
    <message>
        <source>every matcher matches the empty string, so this would silence every alert; add one that needs a label, like alertname=&quot;...&quot;</source>
        <translation>todos los selectores coinciden con la cadena vacía, por lo que esto silenciaría todas las alertas; agregue uno que requiera una etiqueta, como alertname=&quot;...&quot;</translation>
    </message>
    <message>
        <source>there is no incident #%1</source>
        <translation>no existe el incidente #%1</translation>
    </message>
    <message>
        <source>incident #%1 is already resolved</source>
        <translation>el incidente #%1 ya está resuelto</translation>
    </message>
    <message>
        <source>give either an end or &quot;until resolved&quot;, not both</source>
        <translation>indique un fin o &quot;hasta que se resuelva&quot;, no ambos</translation>
    </message>
    <message>
        <source>required: when the silence ends</source>
        <translation>obligatorio: cuándo termina el silencio</translation>
    </message>
    <message>
        <source>%1 is not after the start (%2)</source>
        <translation>%1 no es posterior al inicio (%2)</translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation>%1 está en el pasado</translation>
    </message>
    <message>
        <source>required: who is silencing</source>
        <translation>obligatorio: quién silencia</translation>
    </message>
    <message>
        <source>required: why (it is shown on every incident it holds back)</source>
        <translation>obligatorio: el motivo (se muestra en cada incidente que retiene)</translation>
    </message>
    <message>
        <source>silenced by %1 (%2): %3, %4</source>
        <translation>silenciado por %1 (%2): %3, %4</translation>
    </message>
    <message>
        <source>until this incident resolves</source>
        <translation>hasta que se resuelva este incidente</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Silence %1 created by %2: %3</source>
        <translation>Silencio %1 creado por %2: %3</translation>
    </message>
    <message>
        <source>there is no silence %1</source>
        <translation>no existe el silencio %1</translation>
    </message>
    <message>
        <source>silence %1 has already ended</source>
        <translation>el silencio %1 ya terminó</translation>
    </message>
    <message>
        <source>silence %1 by %2 (%3) has expired: notifications resume</source>
        <translation>el silencio %1 de %2 (%3) venció: se reanudan las notificaciones</translation>
    </message>
    <message>
        <source>silence %1 by %2 (%3) expires at %4</source>
        <translation>el silencio %1 de %2 (%3) vence el %4</translation>
    </message>
</context>
<context>
    <name>hms::Slo</name>
    <message>
        <source>expected a mapping with metric and match, got %1</source>
        <translation>se esperaba un mapeo con metric y match, se obtuvo %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected an SLO (a mapping), got %1</source>
        <translation>se esperaba un SLO (un mapeo), se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</source>
        <translation>se esperaba un id con letras, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a percentage between 0 and 100, like &quot;99.9%&quot;, got %1</source>
        <translation>se esperaba un porcentaje entre 0 y 100, como &quot;99.9%&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be between 1d and 35d (the 1 h rollups are kept 35 days), got %1</source>
        <translation>debe estar entre 1d y 35d (los agregados de 1 h se conservan 35 días), se obtuvo %1</translation>
    </message>
    <message>
        <source>latency or error_ratio: one of them is required</source>
        <translation>latency o error_ratio: se requiere uno de los dos</translation>
    </message>
    <message>
        <source>give either latency or error_ratio, not both</source>
        <translation>indique latency o error_ratio, no ambos</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>se esperaba un mapeo, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected p50..p99.9, mean, min, max or last, got %1</source>
        <translation>se esperaba p50..p99.9, mean, min, max o last, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected &quot;increase&quot; (counters) or &quot;samples&quot; (one sample per event), got %1</source>
        <translation>se esperaba &quot;increase&quot; (contadores) o &quot;samples&quot; (una muestra por evento), se obtuvo %1</translation>
    </message>
    <message>
        <source>the file holds no SLO</source>
        <translation>el archivo no contiene ningún SLO</translation>
    </message>
</context>
<context>
    <name>hms::Sources</name>
    <message>
        <source>sources: expected a list of sources, got %1</source>
        <translation>sources: se esperaba una lista de fuentes, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>se esperaba un mapeo, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected [a-z0-9_-]{1,64}, got %1</source>
        <translation>se esperaba [a-z0-9_-]{1,64}, se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 is used by another source</source>
        <translation>%1 ya lo usa otra fuente</translation>
    </message>
    <message>
        <source>expected prometheus or alertmanager, got %1</source>
        <translation>se esperaba prometheus o alertmanager, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an http(s) URL without credentials or query, got %1</source>
        <translation>se esperaba una URL http(s) sin credenciales ni cadena de consulta, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected none, bearer or basic, got %1</source>
        <translation>se esperaba none, bearer o basic, se obtuvo %1</translation>
    </message>
    <message>
        <source>needs secret: (the keychain entry with the %1)</source>
        <translation>requiere secret: (la entrada del llavero con %1)</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>basic needs username:</source>
        <translation>basic requiere username:</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>se esperaba true o false, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected at least 100ms</source>
        <translation>se esperaba al menos 100ms</translation>
    </message>
    <message>
        <source>only for kind: alertmanager</source>
        <translation>solo para kind: alertmanager</translation>
    </message>
</context>
<context>
    <name>hms::StatsdListener</name>
    <message>
        <source>StatsD: cannot %1 UDP %2:%3: %4</source>
        <translation>StatsD: falló %1 en UDP %2:%3: %4</translation>
    </message>
</context>
<context>
    <name>hms::Threshold</name>
    <message>
        <source>expected a comparison like &quot;&gt; 1000&quot;, got %1</source>
        <translation>se esperaba una comparación como &quot;&gt; 1000&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a number after %1, got %2</source>
        <translation>se esperaba un número después de %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1 is out of the range of numbers</source>
        <translation>%1 está fuera del rango numérico</translation>
    </message>
    <message>
        <source>unexpected %1 after the number</source>
        <translation>%1 inesperado después del número</translation>
    </message>
    <message>
        <source>unknown unit %1: expected &quot;ms&quot; or &quot;s&quot;</source>
        <translation>unidad desconocida %1: se esperaba &quot;ms&quot; o &quot;s&quot;</translation>
    </message>
    <message>
        <source>unit %1 not allowed: the metric&apos;s name does not say it is a time (name it like &quot;*_ms&quot; or &quot;*_seconds&quot;)</source>
        <translation>unidad %1 no permitida: el nombre de la métrica no indica que sea un tiempo (nómbrela como &quot;*_ms&quot; o &quot;*_seconds&quot;)</translation>
    </message>
    <message>
        <source>%1 %2 is out of range in %3</source>
        <translation>%1 %2 está fuera de rango en %3</translation>
    </message>
    <message>
        <source>unexpected %1 after the comparison</source>
        <translation>%1 inesperado después de la comparación</translation>
    </message>
</context>
<context>
    <name>hms::Yaml</name>
    <message>
        <source>an empty list</source>
        <translation>una lista vacía</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an empty mapping</source>
        <translation>un mapeo vacío</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapeo</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>un valor vacío</translation>
    </message>
</context>
<context>
    <name>hms::YamlReader</name>
    <message>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a field name, got %1</source>
        <translation>se esperaba un nombre de campo, se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>campo desconocido; los campos válidos son: %1</translation>
    </message>
    <message>
        <source>field given twice</source>
        <translation>campo indicado dos veces</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a duration, like &quot;30s&quot; or &quot;0s&quot;, got %1</source>
        <translation>se esperaba una duración, como &quot;30s&quot; o &quot;0s&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a duration longer than 0, like &quot;5m&quot;, got %1</source>
        <translation>se esperaba una duración mayor que 0, como &quot;5m&quot;, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a list of label names, got %1</source>
        <translation>se esperaba una lista de nombres de etiquetas, se obtuvo %1</translation>
    </message>
    <message>
        <source>&apos;...&apos; groups every alert alone and must be the only entry</source>
        <translation>&apos;...&apos; agrupa cada alerta por separado y debe ser la única entrada</translation>
    </message>
    <message>
        <source>expected a label name ([A-Za-z_][A-Za-z0-9_]*), got %1</source>
        <translation>se esperaba un nombre de etiqueta ([A-Za-z_][A-Za-z0-9_]*), se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>expected a mapping of label: value, got %1</source>
        <translation>se esperaba un mapeo de etiqueta: valor, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a non-empty list of matchers like [&apos;severity=&quot;page&quot;&apos;], got %1</source>
        <translation>se esperaba una lista no vacía de selectores como [&apos;severity=&quot;page&quot;&apos;], se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a matcher like &apos;severity=&quot;page&quot;&apos;, got %1</source>
        <translation>se esperaba un selector como &apos;severity=&quot;page&quot;&apos;, se obtuvo %1</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected character</source>
        <translation>YAML no válido: carácter inesperado</translation>
    </message>
    <message>
        <source>expected one YAML document, found a second one</source>
        <translation>se esperaba un solo documento YAML, se encontró un segundo</translation>
    </message>
    <message>
        <source>invalid YAML: nested more than %1 levels deep</source>
        <translation>YAML no válido: anidado a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HMS Ops Center: metrics, alerts, incidents, playbooks and on-call in one window.</source>
        <translation>HMS Ops Center: métricas, alertas, incidentes, playbooks y guardias en una sola ventana.</translation>
    </message>
    <message>
        <source>Run the engine without a window.</source>
        <translation>Ejecutar el motor sin ventana.</translation>
    </message>
    <message>
        <source>Data directory (default: %1).</source>
        <translation>Directorio de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Local API address (port 0: any free port).</source>
        <translation>Dirección de la API local (puerto 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>StatsD UDP address (port 0: any free port).</source>
        <translation>Dirección UDP de StatsD (puerto 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Start a fresh data directory empty (without the seed&apos;s rotation and playbook).</source>
        <translation>Iniciar vacío un directorio de datos nuevo (sin la rotación ni el playbook de los datos iniciales).</translation>
    </message>
    <message>
        <source>Evaluation interval in milliseconds (100..60000).</source>
        <translation>Intervalo de evaluación en milisegundos (100..60000).</translation>
    </message>
    <message>
        <source>--api-listen: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--api-listen: se esperaba HOST:PORT, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--statsd-listen: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--statsd-listen: se esperaba HOST:PORT, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--tick: expected milliseconds from 100 to 60000, got &quot;%1&quot;</source>
        <translation>--tick: se esperaban milisegundos entre 100 y 60000, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>InfluxDB line protocol HTTP address, /write and /api/v2/write (port 0: any free port).</source>
        <translation>Dirección HTTP del protocolo de línea de InfluxDB, /write y /api/v2/write (puerto 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Configuration file (scrape targets).</source>
        <translation>Archivo de configuración (destinos de extracción).</translation>
    </message>
    <message>
        <source>How long series are kept (default 24h).</source>
        <translation>Tiempo que se conservan las series (predeterminado 24h).</translation>
    </message>
    <message>
        <source>How long 1-minute rollups (min, max, sum, count, last) are kept (default 2d).</source>
        <translation>Tiempo que se conservan los agregados de 1 minuto (min, max, sum, count, last) (predeterminado 2d).</translation>
    </message>
    <message>
        <source>How long 1-hour rollups are kept (default 35d).</source>
        <translation>Tiempo que se conservan los agregados de 1 hora (predeterminado 35d).</translation>
    </message>
    <message>
        <source>--influx-listen: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--influx-listen: se esperaba HOST:PORT, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1: expected a duration of at least 1m, got &quot;%2&quot;</source>
        <translation>--%1: se esperaba una duración de al menos 1m, se obtuvo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>PagerDuty Events API v2 endpoint (EU accounts: https://events.eu.pagerduty.com/v2/enqueue).</source>
        <translation>Punto de conexión de PagerDuty Events API v2 (cuentas de la UE: https://events.eu.pagerduty.com/v2/enqueue).</translation>
    </message>
    <message>
        <source>--pagerduty-url: expected an http(s) URL, got &quot;%1&quot;</source>
        <translation>--pagerduty-url: se esperaba una URL http(s), se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Keep secrets in FILE (mode 0600) instead of the OS keychain: an opt-in for headless servers without a Secret Service.</source>
        <translation>Guardar los secretos en FILE (modo 0600) en lugar del llavero del sistema operativo: opción para servidores sin interfaz que no tienen Secret Service.</translation>
    </message>
    <message>
        <source>Wall mode: show these saved dashboards fullscreen in turn (comma-separated), keyboard locked; Ctrl+Alt+Shift+Q leaves.</source>
        <translation>Modo muro: mostrar por turnos estos tableros guardados en pantalla completa (separados por comas), con el teclado bloqueado; Ctrl+Alt+Shift+Q para salir.</translation>
    </message>
    <message>
        <source>Wall mode: the screen(s) to fill, by number from 0 (comma-separated; default 0).</source>
        <translation>Modo muro: las pantallas que se ocuparán, por número a partir de 0 (separadas por comas; predeterminado 0).</translation>
    </message>
    <message>
        <source>Wall mode: how long each dashboard shows (default 30s).</source>
        <translation>Modo muro: cuánto tiempo se muestra cada tablero (predeterminado 30s).</translation>
    </message>
    <message>
        <source>Wall mode: dark (default) or light.</source>
        <translation>Modo muro: dark (oscuro, predeterminado) o light (claro).</translation>
    </message>
    <message>
        <source>--secrets-file: expected a file name</source>
        <translation>--secrets-file: se esperaba un nombre de archivo</translation>
    </message>
    <message>
        <source>--wall needs a screen; it cannot be --headless</source>
        <translation>--wall requiere una pantalla; no se puede usar con --headless</translation>
    </message>
    <message>
        <source>--wall: expected dashboard names, such as fema</source>
        <translation>--wall: se esperaban nombres de tableros, como fema</translation>
    </message>
    <message>
        <source>--rotate: expected a duration of at least 5s, got &quot;%1&quot;</source>
        <translation>--rotate: se esperaba una duración de al menos 5s, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--theme: expected dark or light, got &quot;%1&quot;</source>
        <translation>--theme: se esperaba dark o light, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--screen: no screen &quot;%1&quot;; this display has %2 (0 to %3)</source>
        <translation>--screen: no existe la pantalla &quot;%1&quot;; hay %2 (de 0 a %3)</translation>
    </message>
    <message>
        <source>Drive the seed&apos;s hurricane morning through the real ingest path (a 150-second cycle: traffic surges, latency climbs past its rule, queues pile up, then recovery).</source>
        <translation>Simular la mañana de huracán de los datos iniciales a través de la ruta real de ingesta (un ciclo de 150 segundos: el tráfico se dispara, la latencia supera el umbral de su regla, las colas se acumulan y luego llega la recuperación).</translation>
    </message>
    <message>
        <source>--demo needs the examples (its rules page fema_oncall); leave out --no-examples</source>
        <translation>--demo requiere los ejemplos (sus reglas avisan a fema_oncall); omita --no-examples</translation>
    </message>
    <message>
        <source>--history-first: expected &quot;all&quot; or a duration of at least 1m, got &quot;%1&quot;</source>
        <translation>--history-first: se esperaba &quot;all&quot; o una duración de al menos 1m, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>How much raw history is loaded before the first window shows (default 5m); the rest loads behind it, and rules evaluate once it is in. &quot;all&quot; loads everything first.</source>
        <translation>Cuánto historial sin procesar se carga antes de que se muestre la primera ventana (predeterminado 5m); el resto se carga en segundo plano y las reglas se evalúan cuando termina de cargarse. &quot;all&quot; carga todo primero.</translation>
    </message>
    <message>
        <source>Open an incident bundle (opsctl incident export ID FILE) for offline replay: no engine, no data directory, no source connected.</source>
        <translation>Abrir un paquete de incidente (opsctl incident export ID FILE) para reproducción sin conexión: sin motor, sin directorio de datos y sin fuentes conectadas.</translation>
    </message>
    <message>
        <source>--replay needs a screen; leave out --headless</source>
        <translation>--replay requiere una pantalla; omita --headless</translation>
    </message>
    <message>
        <source>Cannot open the bundle</source>
        <translation>No se puede abrir el paquete</translation>
    </message>
    <message>
        <source>Keep incidents, silences, playbooks, rotations, RCAs and dashboards in a shared PostgreSQL database, postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE], instead of DATA_DIR/ops.db; its password is the secret &quot;ops-db&quot; (--store-secret). One instance at a time evaluates rules; the others stand by.</source>
        <translation>Guardar incidentes, silencios, playbooks, rotaciones, RCA y tableros en una base de datos PostgreSQL compartida, postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE], en lugar de DATA_DIR/ops.db; su contraseña es el secreto &quot;ops-db&quot; (--store-secret). Solo una instancia a la vez evalúa las reglas; las demás quedan en espera.</translation>
    </message>
    <message>
        <source>Read one line from standard input and keep it as the secret NAME in the keychain (or the --secrets-file), then exit; e.g. the PostgreSQL password as &quot;ops-db&quot;.</source>
        <translation>Leer una línea de la entrada estándar y guardarla como el secreto NAME en el llavero (o en el --secrets-file) y luego salir; p. ej., la contraseña de PostgreSQL como &quot;ops-db&quot;.</translation>
    </message>
    <message>
        <source>--store-secret: nothing on standard input</source>
        <translation>--store-secret: no hay nada en la entrada estándar</translation>
    </message>
    <message>
        <source>--ops-db: %1</source>
        <translation>--ops-db: %1</translation>
    </message>
</context>
<context>
    <name>opsctl</name>
    <message>
        <source>opsctl: cannot read %1: %2
</source>
        <translation>opsctl: no se puede leer %1: %2
</translation>
    </message>
    <message>
        <source>rule %1 installed
</source>
        <translation>regla %1 instalada
</translation>
    </message>
    <message>
        <source>playbook %1 imported
</source>
        <translation>playbook %1 importado
</translation>
    </message>
    <message>
        <source>rotation %1 created
</source>
        <translation>rotación %1 creada
</translation>
    </message>
    <message>
        <source>rule %1 deleted
</source>
        <translation>regla %1 eliminada
</translation>
    </message>
    <message>
        <source>usage: opsctl alert create FILE | alert list | alert delete NAME
</source>
        <translation>uso: opsctl alert create FILE | alert list | alert delete NAME
</translation>
    </message>
    <message>
        <source>no incidents
</source>
        <translation>no hay incidentes
</translation>
    </message>
    <message>
        <source>no open incidents
</source>
        <translation>no hay incidentes abiertos
</translation>
    </message>
    <message>
        <source>
Timeline:
</source>
        <translation>
Cronología:
</translation>
    </message>
    <message>
        <source>usage: opsctl incident list [--all] | incident show ID | incident watch
</source>
        <translation>uso: opsctl incident list [--all] | incident show ID | incident watch
</translation>
    </message>
    <message>
        <source>opsctl: %1: expected an incident number, got &quot;%2&quot;
</source>
        <translation>opsctl: %1: se esperaba un número de incidente, se obtuvo &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>opsctl: no answer from %1 (%2); is hms-ops running?
</source>
        <translation>opsctl: sin respuesta de %1 (%2); ¿se está ejecutando hms-ops?
</translation>
    </message>
    <message>
        <source>opsctl: %1
</source>
        <translation>opsctl: %1
</translation>
    </message>
    <message>
        <source>opsctl: unknown command &quot;%1&quot; (see opsctl --help)
</source>
        <translation>opsctl: comando desconocido &quot;%1&quot; (consulte opsctl --help)
</translation>
    </message>
    <message>
        <source>usage: opsctl demo flood --metric NAME --value V --rate PER_SECOND --seconds S [--statsd HOST:PORT]  (rate 0..1e6, seconds 0..86400; the StatsD address comes from the running instance unless --statsd is given)
</source>
        <translation>uso: opsctl demo flood --metric NAME --value V --rate PER_SECOND --seconds S [--statsd HOST:PORT]  (rate 0..1e6, seconds 0..86400; la dirección de StatsD se toma de la instancia en ejecución, salvo que se indique --statsd)
</translation>
    </message>
    <message>
        <source>opsctl: --statsd: &quot;%1&quot; is not a numeric IPv4 HOST:PORT
</source>
        <translation>opsctl: --statsd: &quot;%1&quot; no es un HOST:PORT IPv4 numérico
</translation>
    </message>
    <message>
        <source>flooding %1=%2 at %3/s for %4 s to %5 (%6 samples)
</source>
        <translation>inundando %1=%2 a %3/s durante %4 s hacia %5 (%6 muestras)
</translation>
    </message>
    <message>
        <source>sent %1 samples in %2 s
</source>
        <translation>%1 muestras enviadas en %2 s
</translation>
    </message>
    <message>
        <source>usage: opsctl incident watch [--all] [--exit-after N]
</source>
        <translation>uso: opsctl incident watch [--all] [--exit-after N]
</translation>
    </message>
    <message>
        <source>usage: opsctl metric get|watch NAME [--aggregate p95] [--window 1m] [--match k=v,...] [--interval 1s]
</source>
        <translation>uso: opsctl metric get|watch NAME [--aggregate p95] [--window 1m] [--match k=v,...] [--interval 1s]
</translation>
    </message>
    <message>
        <source>%1: no series
</source>
        <translation>%1: sin series
</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>opsctl: --server needs a valid URL and --token-file FILE
</source>
        <translation>opsctl: --server requiere una URL válida y --token-file FILE
</translation>
    </message>
    <message>
        <source>no pending or firing alerts
</source>
        <translation>no hay alertas pendientes ni activas
</translation>
    </message>
    <message>
        <source>  FAILED:
    %1: %2
</source>
        <translation>  FAILED:
    %1: %2
</translation>
    </message>
    <message>
        <source>  FAILED:
</source>
        <translation>  FAILED:
</translation>
    </message>
    <message>
        <source>Unit Testing:  %1
</source>
        <translation>Unit Testing:  %1
</translation>
    </message>
    <message>
        <source>  FAILED:
    %1
</source>
        <translation>  FAILED:
    %1
</translation>
    </message>
    <message>
        <source>  SUCCESS
</source>
        <translation>  SUCCESS
</translation>
    </message>
    <message>
        <source>usage: opsctl rule test [--timeline] FILE...  (promtool&apos;s rule test format)
</source>
        <translation>uso: opsctl rule test [--timeline] FILE...  (formato de pruebas de reglas de promtool)
</translation>
    </message>
    <message>
        <source>  approximate: %1</source>
        <translation>  aproximado: %1</translation>
    </message>
    <message>
        <source>usage: opsctl metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]
</source>
        <translation>uso: opsctl metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]
</translation>
    </message>
    <message>
        <source># %1%2  resolution %3
</source>
        <translation># %1%2  resolución %3
</translation>
    </message>
    <message>
        <source># bucket start             min  max  mean  count  last
</source>
        <translation># inicio del intervalo     mín  máx  media  cant.  último
</translation>
    </message>
    <message>
        <source>%1  exemplar %2 = %3  trace_id=%4
</source>
        <translation>%1  ejemplar %2 = %3  trace_id=%4
</translation>
    </message>
    <message>
        <source>until incident #%1 resolves</source>
        <translation>hasta que se resuelva el incidente #%1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>usage: opsctl silence create --matchers &apos;{alertname=&quot;X&quot;, service=~&quot;aid.*&quot;}&apos; (--duration 2h | --until-resolved INCIDENT) --comment TEXT [--author NAME]
</source>
        <translation>uso: opsctl silence create --matchers &apos;{alertname=&quot;X&quot;, service=~&quot;aid.*&quot;}&apos; (--duration 2h | --until-resolved INCIDENT) --comment TEXT [--author NAME]
</translation>
    </message>
    <message>
        <source>silence created: </source>
        <translation>silencio creado: </translation>
    </message>
    <message>
        <source>no silences
</source>
        <translation>no hay silencios
</translation>
    </message>
    <message>
        <source>no pending or active silences (--all shows expired ones)
</source>
        <translation>no hay silencios pendientes ni activos (--all muestra los expirados)
</translation>
    </message>
    <message>
        <source>silence expired: </source>
        <translation>silencio expirado: </translation>
    </message>
    <message>
        <source>usage: opsctl silence create|list [--all]|expire ID
</source>
        <translation>uso: opsctl silence create|list [--all]|expire ID
</translation>
    </message>
    <message>
        <source>opsctl: reassign: expected an incident number, got &quot;%1&quot;
</source>
        <translation>opsctl: reassign: se esperaba un número de incidente, se obtuvo &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>SLO %1 created, with its alerts SLO_%1_fast_burn, SLO_%1_slow_burn and SLO_%1_budget_burn
</source>
        <translation>SLO %1 creado, con sus alertas SLO_%1_fast_burn, SLO_%1_slow_burn y SLO_%1_budget_burn
</translation>
    </message>
    <message>
        <source>routing configuration stored
</source>
        <translation>configuración de enrutamiento guardada
</translation>
    </message>
    <message>
        <source>%1: nobody on call at %2</source>
        <translation>%1: nadie de guardia el %2</translation>
    </message>
    <message>
        <source>%1: %2 (pager #%3, %4) at %5, layer %6, until %7</source>
        <translation>%1: %2 (localizador #%3, %4) el %5, capa %6, hasta %7</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>nuevo aviso</translation>
    </message>
    <message>
        <source>SLO %1 deleted
</source>
        <translation>SLO %1 eliminado
</translation>
    </message>
    <message>
        <source>%1  %2 %3 over %4  budget left %5  burn %6</source>
        <translation>%1  %2 %3 en %4  presupuesto restante %5  tasa de consumo %6</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(sin datos)</translation>
    </message>
    <message>
        <source>group_by [%1], group_wait %2, group_interval %3, repeat_interval %4%5
</source>
        <translation>group_by [%1], group_wait %2, group_interval %3, repeat_interval %4%5
</translation>
    </message>
    <message>
        <source> (the default: no routing file)</source>
        <translation> (predeterminado: sin archivo de enrutamiento)</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (de %1)</translation>
    </message>
    <message>
        <source>inhibit {%1} while {%2} fires, equal on [%3]
</source>
        <translation>inhibir {%1} mientras {%2} esté activa, iguales en [%3]
</translation>
    </message>
    <message>
        <source>notification #%1 will be sent again
</source>
        <translation>la notificación #%1 se enviará de nuevo
</translation>
    </message>
    <message>
        <source>%1 stored in the %2
</source>
        <translation>%1 guardado en el %2
</translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;
</source>
        <translation>%1 establecido en &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>%1  v%2  %3  (%4 tiles, saved %5 by %6)
</source>
        <translation>%1  v%2  %3  (%4 mosaicos, guardado %5 por %6)
</translation>
    </message>
    <message>
        <source>dashboard %1 saved as version %2
</source>
        <translation>tablero %1 guardado como versión %2
</translation>
    </message>
    <message>
        <source>usage: opsctl dashboard new TEMPLATE NAME [--title TEXT] [--range 6h]
</source>
        <translation>uso: opsctl dashboard new TEMPLATE NAME [--title TEXT] [--range 6h]
</translation>
    </message>
    <message>
        <source>opsctl: no template &quot;%1&quot;; templates: %2
</source>
        <translation>opsctl: no existe la plantilla &quot;%1&quot;; plantillas: %2
</translation>
    </message>
    <message>
        <source>usage: opsctl dashboard import FILE.json [--base-version N]
</source>
        <translation>uso: opsctl dashboard import FILE.json [--base-version N]
</translation>
    </message>
    <message>
        <source>opsctl: %1: %2
</source>
        <translation>opsctl: %1: %2
</translation>
    </message>
    <message>
        <source>usage: opsctl dashboard export NAME [FILE.json] [--version N]
</source>
        <translation>uso: opsctl dashboard export NAME [FILE.json] [--version N]
</translation>
    </message>
    <message>
        <source>dashboard %1 (version %2) written to %3
</source>
        <translation>tablero %1 (versión %2) escrito en %3
</translation>
    </message>
    <message>
        <source>dashboard %1 deleted (every version)
</source>
        <translation>tablero %1 eliminado (todas las versiones)
</translation>
    </message>
    <message>
        <source>usage: opsctl dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] |
       import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] |
       versions NAME | delete NAME
</source>
        <translation>uso: opsctl dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] |
     import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] |
     versions NAME | delete NAME
</translation>
    </message>
    <message>
        <source>incident #%1 %2: %3
</source>
        <translation>incidente #%1 %2: %3
</translation>
    </message>
    <message>
        <source>usage: opsctl incident export ID FILE [--margin 30m]
</source>
        <translation>uso: opsctl incident export ID FILE [--margin 30m]
</translation>
    </message>
    <message>
        <source>opsctl: the server sent a bundle that does not read back: %1
</source>
        <translation>opsctl: el servidor envió un paquete que no se puede volver a leer: %1
</translation>
    </message>
    <message>
        <source>incident #%1 written to %2: %3 events, %4 series, %5 samples, %6 bytes; replay it with hms-ops --replay %2
</source>
        <translation>incidente #%1 escrito en %2: %3 eventos, %4 series, %5 muestras, %6 bytes; reprodúzcalo con hms-ops --replay %2
</translation>
    </message>
    <message>
        <source>usage: opsctl incident step ID N [--undo]   (N counts from 1)
</source>
        <translation>uso: opsctl incident step ID N [--undo]   (N se cuenta desde 1)
</translation>
    </message>
    <message>
        <source>acknowledged: %1
</source>
        <translation>reconocidos: %1
</translation>
    </message>
    <message>
        <source>  #%1 not acknowledged: %2
</source>
        <translation>  #%1 no reconocido: %2
</translation>
    </message>
    <message>
        <source>trace_id %1: %2 samples, %3 incidents
</source>
        <translation>trace_id %1: %2 muestras, %3 incidentes
</translation>
    </message>
    <message>
        <source>  incident #%1 %2 %3 (%4)
</source>
        <translation>  incidente #%1 %2 %3 (%4)
</translation>
    </message>
    <message>
        <source>version %1  %2  by %3
</source>
        <translation>versión %1  %2  por %3
</translation>
    </message>
    <message>
        <source>used by no alert
</source>
        <translation>no se usa en ninguna alerta
</translation>
    </message>
    <message>
        <source>used by: %1
</source>
        <translation>se usa en: %1
</translation>
    </message>
    <message>
        <source>usage: opsctl [--data-dir DIR | --server URL --token-file FILE] [--json] COMMAND

  alert create FILE             install the rule(s) in a YAML file
  alert list | alert delete NAME
  incident list [--all]         open incidents (--all: resolved too)
  incident show ID              one incident with its timeline and playbook
  incident watch [--all] [--exit-after N]   follow incidents live
  ack ID [ID...] | resolve ID   acknowledge (several at once) or resolve an incident
  incident comment ID TEXT      a note on the timeline
  incident link ID URL          link the root-cause issue (https://...); &quot;&quot; removes it
  incident step ID N [--undo]   tick step N of its playbook&apos;s checklist
  incident export ID FILE [--margin 30m]   one file for offline replay (hms-ops --replay FILE)
  trace TRACE_ID                the samples and incidents that carry a trace_id
  incident reassign ID NAME     hand an open incident to someone (timeline records it)
  incident escalate ID          page the next step of its escalation policy now
  escalation create FILE.yml | escalation list   escalation policies
  playbook import FILE.md | playbook list | playbook history ID | playbook diff ID FROM TO
  rotation create FILE | rotation list
  slo create FILE | slo list | slo delete ID   SLOs, error budgets, burn-rate alerts
  routing set FILE | routing show  grouping and inhibition (Alertmanager route/inhibit_rules)
  oncall ROTATION [--at TIME]   who is on call now (or at an RFC 3339 TIME)
  metric get NAME [--aggregate p95] [--window 1m] [--match k=v,...]
  metric watch NAME [same options] [--interval 1s]
  metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]
                                samples or rollups of a time range, with trace_id exemplars
  metric list                   metric names in the store
  alert active                  pending and firing alerts (kept across restarts)
  silence create --matchers &apos;{k=&quot;v&quot;, k2=~&quot;re&quot;}&apos; (--duration 2h | --until-resolved ID) --comment TEXT
  silence list [--all]          pending and active silences (--all: expired too)
  silence expire ID
  rule test [--timeline] FILE... rule unit tests in promtool&apos;s format (no instance needed)
  notify list | notify retry ID the notification outbox; send a dead letter again
  source list                  remote sources (Prometheus-compatible, Alertmanager) and their health
  secret set NAME               store a secret (read from stdin) in the OS keychain: slack_webhook,
                                pagerduty_routing_key, webhook_url or alertmanager_url
  dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] | versions NAME
  dashboard import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] | delete NAME
  config list | config set NAME [VALUE]   notification settings: notify.CHANNEL.enabled (1|0),
                                notify.CHANNEL.severities (critical,warning,info; empty: all),
                                notify.link_base (the URL of this instance&apos;s /status pages)
  demo flood --metric NAME --value V --rate R --seconds S [--statsd HOST:PORT]
</source>
        <translation>uso: opsctl [--data-dir DIR | --server URL --token-file FILE] [--json] COMMAND

  alert create FILE             instalar las reglas de un archivo YAML
  alert list | alert delete NAME
  incident list [--all]         incidentes abiertos (--all: también los resueltos)
  incident show ID              un incidente con su cronología y su playbook
  incident watch [--all] [--exit-after N]   seguir los incidentes en vivo
  ack ID [ID...] | resolve ID   reconocer (varios a la vez) o resolver un incidente
  incident comment ID TEXT      una nota en la cronología
  incident link ID URL          vincular el ticket de la causa raíz (https://...); &quot;&quot; lo quita
  incident step ID N [--undo]   marcar el paso N de la lista de verificación de su playbook
  incident export ID FILE [--margin 30m]   un archivo para reproducción sin conexión (hms-ops --replay FILE)
  trace TRACE_ID                las muestras y los incidentes que llevan un trace_id
  incident reassign ID NAME     pasar un incidente abierto a otra persona (queda en la cronología)
  incident escalate ID          avisar ahora al siguiente paso de su política de escalamiento
  escalation create FILE.yml | escalation list   políticas de escalamiento
  playbook import FILE.md | playbook list | playbook history ID | playbook diff ID FROM TO
  rotation create FILE | rotation list
  slo create FILE | slo list | slo delete ID   SLO, presupuestos de errores, alertas de tasa de consumo
  routing set FILE | routing show  agrupación e inhibición (route/inhibit_rules de Alertmanager)
  oncall ROTATION [--at TIME]   quién está de guardia ahora (o en un TIME RFC 3339)
  metric get NAME [--aggregate p95] [--window 1m] [--match k=v,...]
  metric watch NAME [mismas opciones] [--interval 1s]
  metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]
                                muestras o agregados de un intervalo de tiempo, con ejemplares de trace_id
  metric list                   nombres de métricas del almacén
  alert active                  alertas pendientes y activas (se conservan tras reiniciar)
  silence create --matchers &apos;{k=&quot;v&quot;, k2=~&quot;re&quot;}&apos; (--duration 2h | --until-resolved ID) --comment TEXT
  silence list [--all]          silencios pendientes y activos (--all: también los expirados)
  silence expire ID
  rule test [--timeline] FILE... pruebas unitarias de reglas en el formato de promtool (no requiere instancia)
  notify list | notify retry ID bandeja de salida de notificaciones; reenviar un mensaje no entregado
  source list                  fuentes remotas (compatibles con Prometheus, Alertmanager) y su estado
  secret set NAME               guardar un secreto (leído de stdin) en el llavero del sistema operativo: slack_webhook,
                                pagerduty_routing_key, webhook_url o alertmanager_url
  dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] | versions NAME
  dashboard import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] | delete NAME
  config list | config set NAME [VALUE]   configuración de notificaciones: notify.CHANNEL.enabled (1|0),
                                notify.CHANNEL.severities (critical,warning,info; vacío: todas),
                                notify.link_base (la URL de las páginas /status de esta instancia)
  demo flood --metric NAME --value V --rate R --seconds S [--statsd HOST:PORT]
</translation>
    </message>
</context>
</TS>
