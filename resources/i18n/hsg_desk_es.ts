<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id. del registro</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>Audit trail from</source>
        <translation>Registro de auditoría desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Audit trail to</source>
        <translation>Registro de auditoría hasta</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Patient id</source>
        <translation>Id. de &amp;paciente</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>Fi&amp;ltrar</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Audit trail events</source>
        <translation>Eventos del registro de auditoría</translation>
    </message>
    <message>
        <source>C&amp;heck the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Patient id: enter the patient&apos;s number, e.g. 42.</source>
        <translation>Id. de paciente: escriba el número de la paciente, p. ej., 42.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest; narrow the filter or export to see all)</source>
        <translation>(las más recientes; acote el filtro o exporte para verlas todas)</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: {reason}</source>
        <translation>No se pudo verificar el registro de auditoría: {reason}</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>El registro de auditoría está íntegro.</translation>
    </message>
    <message>
        <source>The audit trail is broken at row {row}: {problem}.</source>
        <translation>El registro de auditoría está roto en la fila {row}: {problem}.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Exportando el registro de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n fila a {path}.</numerusform>
            <numerusform>Se exportaron %n filas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>A verified copy of every record goes to
{folder}
The newest %n copies are kept.</source>
        <translation>
            <numerusform>Una copia verificada de todos los expedientes se guarda en
{folder}
Se conserva la copia más reciente (%n).</numerusform>
            <numerusform>Una copia verificada de todos los expedientes se guarda en
{folder}
Se conservan las %n copias más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>Saved and verified: {path} ({size}).</source>
        <translation>Guardada y verificada: {path} ({size}).</translation>
    </message>
    <message>
        <source>Back up again</source>
        <translation>Volver a hacer la copia</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book exam</source>
        <translation>Programar estudio</translation>
    </message>
    <message>
        <source>&amp;Last period began</source>
        <translation>&amp;Inicio del último periodo</translation>
    </message>
    <message>
        <source>MM/DD/YYYY — blank if unknown</source>
        <translation>MM/DD/AAAA — en blanco si no lo sabe</translation>
    </message>
    <message>
        <source>First day of her last menstrual period (cycle day 1)</source>
        <translation>Primer día de su última menstruación (día 1 del ciclo)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Exam &amp;date</source>
        <translation>&amp;Fecha del estudio</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Exam date (Alt+D)</source>
        <translation>Fecha del estudio (Alt+F)</translation>
    </message>
    <message>
        <source>Exam &amp;time</source>
        <translation>&amp;Hora del estudio</translation>
    </message>
    <message>
        <source>h:mm AP</source>
        <translation>h:mm ap</translation>
    </message>
    <message>
        <source>Exam time, facility time zone (Alt+T)</source>
        <translation>Hora del estudio, zona horaria del centro (Alt+H)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>&amp;Indication</source>
        <translation>I&amp;ndicación</translation>
    </message>
    <message>
        <source>Infertility work-up</source>
        <translation>Estudio de infertilidad</translation>
    </message>
    <message>
        <source>Recurrent pregnancy loss</source>
        <translation>Pérdida gestacional recurrente</translation>
    </message>
    <message>
        <source>Tubal ligation check</source>
        <translation>Control de ligadura de trompas</translation>
    </message>
    <message>
        <source>Essure/Adiana confirmation</source>
        <translation>Confirmación de Essure/Adiana</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Indication &amp;note</source>
        <translation>Nota de la indica&amp;ción</translation>
    </message>
    <message>
        <source>Device &amp;placed on</source>
        <translation>Dis&amp;positivo colocado el</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Referring &amp;physician</source>
        <translation>&amp;Médico remitente</translation>
    </message>
    <message>
        <source>Physician p&amp;hone</source>
        <translation>&amp;Teléfono del médico</translation>
    </message>
    <message>
        <source>Physician fa&amp;x</source>
        <translation>Fa&amp;x del médico</translation>
    </message>
    <message>
        <source>Contrast p&amp;remedication ordered</source>
        <translation>P&amp;remedicación para el contraste indicada</translation>
    </message>
    <message>
        <source>The preparation sheet prints the prednisone and diphenhydramine times</source>
        <translation>La hoja de preparación imprime las horas de la prednisona y la difenhidramina</translation>
    </message>
    <message>
        <source>&amp;Antibiotics ordered</source>
        <translation>&amp;Antibióticos indicados</translation>
    </message>
    <message>
        <source>e.g. doxycycline 100 mg twice a day</source>
        <translation>p. ej., doxiciclina 100 mg dos veces al día</translation>
    </message>
    <message>
        <source>Book exam — {name}</source>
        <translation>Programar estudio — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · born {birth_date} · MRN {mrn}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · nació el {birth_date} · N.º de expediente {mrn}</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <source>Book the exam (Enter)</source>
        <translation>Programar el estudio (Enter)</translation>
    </message>
    <message>
        <source>Close without booking (Esc)</source>
        <translation>Cerrar sin programar (Esc)</translation>
    </message>
    <message>
        <source>Antibiotics, in Spanish (printed on her sheet)</source>
        <translation>Antibióticos, en español (se imprimen en su hoja)</translation>
    </message>
    <message>
        <source>A time already past</source>
        <translation>Una hora que ya pasó</translation>
    </message>
    <message>
        <source>{when} has already passed.

Record this exam as a late entry (the exam took place then and is entered after the fact)? The audit trail will say so.</source>
        <translation>{when} ya pasó.

¿Registrar este estudio como entrada tardía (el estudio se hizo a esa hora y se ingresa después)? El registro de auditoría lo indicará.</translation>
    </message>
    <message>
        <source>Record as a late entry</source>
        <translation>Registrar como entrada tardía</translation>
    </message>
    <message>
        <source>This time has already passed: choose a later time.</source>
        <translation>Esta hora ya pasó: elija una hora posterior.</translation>
    </message>
    <message>
        <source>Nothing was booked.</source>
        <translation>No se programó nada.</translation>
    </message>
    <message>
        <source>Nothing was booked: correct the fields marked in red.</source>
        <translation>No se programó nada: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Outside her cycle window</source>
        <translation>Fuera de su ventana del ciclo</translation>
    </message>
    <message>
        <source>Book this day anyway?</source>
        <translation>¿Programar este día de todos modos?</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Programar de todos modos</translation>
    </message>
    <message>
        <source>Flow &amp;ended on</source>
        <translation>&amp;El sangrado terminó el</translation>
    </message>
    <message>
        <source>MM/DD/YYYY — blank if she does not know</source>
        <translation>MM/DD/AAAA — en blanco si no lo sabe</translation>
    </message>
    <message>
        <source>The last day of bleeding of that period: the days that fit start the day after it (else the setting Typical days of flow is assumed)</source>
        <translation>El último día de sangrado de ese periodo: los días que encajan empiezan el día siguiente (si no, se supone la configuración Días habituales de sangrado)</translation>
    </message>
    <message>
        <source>Her title as the sheets print it: a Spanish sheet prints &quot;Dra.&quot; for a woman, an English one &quot;Dr.&quot; for either</source>
        <translation>Su título tal como lo imprimen las hojas: una hoja en español imprime «Dra.» para una mujer; una en inglés, «Dr.» para ambos</translation>
    </message>
    <message>
        <source>Physician title</source>
        <translation>Título del médico</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <source>Dra.</source>
        <translation>Dra.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>1. Identity and referral</source>
        <translation>1. Identidad y orden médica</translation>
    </message>
    <message>
        <source>&amp;Identity verified: full name and date of birth</source>
        <translation>&amp;Identidad verificada: nombre completo y fecha de nacimiento</translation>
    </message>
    <message>
        <source>Two identifiers (Alt+I)</source>
        <translation>Dos identificadores (Alt+I)</translation>
    </message>
    <message>
        <source>stamp</source>
        <translation>stamp</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>&amp;Referral / order on file</source>
        <translation>&amp;Referencia / orden médica en el expediente</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>2. Consent and sedation</source>
        <translation>2. Consentimiento y sedación</translation>
    </message>
    <message>
        <source>Informed &amp;consent signed</source>
        <translation>&amp;Consentimiento informado firmado</translation>
    </message>
    <message>
        <source>Alt+C</source>
        <translation>Alt+C</translation>
    </message>
    <message>
        <source>Se&amp;dative prescribed by her doctor (e.g. Valium, Xanax)</source>
        <translation>Se&amp;dante recetado por su médico (p. ej., Valium, Xanax)</translation>
    </message>
    <message>
        <source>Sedative</source>
        <translation>Sedante</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Acompañante que conduce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>3. Language and documents</source>
        <translation>3. Idioma y documentos</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documentos en</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Preparation sheet…</source>
        <translation>Hoja de preparación…</translation>
    </message>
    <message>
        <source>Consent form…</source>
        <translation>Consentimiento…</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Cuidados posteriores…</translation>
    </message>
    <message>
        <source>4. Pregnancy test</source>
        <translation>4. Prueba de embarazo</translation>
    </message>
    <message>
        <source>She declined the test</source>
        <translation>La paciente rechazó la prueba</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Mé&amp;todo</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Blood (serum)</source>
        <translation>Sangre (suero)</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Orina</translation>
    </message>
    <message>
        <source>C&amp;ollected at</source>
        <translation>Tomada &amp;el</translation>
    </message>
    <message>
        <source>MM/DD/YYYY h:mm AM</source>
        <translation>MM/DD/AAAA h:mm AM</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>Result r&amp;eceived</source>
        <translation>Resultado reci&amp;bido</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>The result was received just now</source>
        <translation>El resultado se recibió ahora mismo</translation>
    </message>
    <message>
        <source>5. Insurance or self-pay</source>
        <translation>5. Seguro médico o pago propio</translation>
    </message>
    <message>
        <source>I&amp;nsurance</source>
        <translation>Se&amp;guro médico</translation>
    </message>
    <message>
        <source>Se&amp;lf-pay</source>
        <translation>Pago pr&amp;opio</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Card copied (front and back)</source>
        <translation>Tarjeta copiada (por ambos lados)</translation>
    </message>
    <message>
        <source>She was told infertility work-ups are often not covered</source>
        <translation>Se le avisó: la infertilidad a menudo no está cubierta</translation>
    </message>
    <message>
        <source>Paid today $</source>
        <translation>Pagado hoy $</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>p. ej., 150.00</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Complete check-in  (Ctrl+Enter)</source>
        <translation>Completar el registro  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Complete check-in: she has arrived (Ctrl+Enter)</source>
        <translation>Completar el registro: la paciente llegó (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>Teléfono del acompañante</translation>
    </message>
    <message>
        <source>Driver&apos;s name</source>
        <translation>Nombre del acompañante</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>Tomada el</translation>
    </message>
    <message>
        <source>Result received</source>
        <translation>Resultado recibido</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Valid when collected at or after {time}.</source>
        <translation>Válida si se tomó el {time} o después.</translation>
    </message>
    <message>
        <source>Record the method, when it was collected and the result.</source>
        <translation>Registre el método, cuándo se tomó y el resultado.</translation>
    </message>
    <message>
        <source>Checked in {time}</source>
        <translation>Registrada el {time}</translation>
    </message>
    <message>
        <source>Not checked in yet</source>
        <translation>Aún no se ha registrado</translation>
    </message>
    <message>
        <source>no findings open</source>
        <translation>ningún hallazgo abierto</translation>
    </message>
    <message>
        <source>Read only: {state}, so its check-in can no longer change (a signed exam is corrected by an amendment on the Procedure tab).</source>
        <translation>Solo lectura: {state}, así que su registro ya no puede cambiar (un estudio firmado se corrige con una enmienda en la pestaña Procedimiento).</translation>
    </message>
    <message>
        <source>Read only for you: check-in is recorded by {role}.</source>
        <translation>Solo lectura para usted: el registro lo hace {role}.</translation>
    </message>
    <message>
        <source>{field}: “{typed}” not saved: {reason}.</source>
        <translation>{field}: «{typed}» no se guardó: {reason}.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation> (resuelto)</translation>
    </message>
    <message>
        <source>Her title as the sheets print it: a Spanish sheet prints &quot;Dra.&quot; for a woman, an English one &quot;Dr.&quot; for either</source>
        <translation>Su título tal como lo imprimen las hojas: una hoja en español imprime «Dra.» para una mujer; una en inglés, «Dr.» para ambos</translation>
    </message>
    <message>
        <source>Physician title</source>
        <translation>Título del médico</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <source>Dra.</source>
        <translation>Dra.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Undo the last step done, with a reason (Alt+U)</source>
        <translation>Deshacer el último paso hecho, con un motivo (Alt+D)</translation>
    </message>
    <message>
        <source>&amp;Undo last step…</source>
        <translation>&amp;Deshacer paso…</translation>
    </message>
    <message>
        <source>Stop the exam, with the reason (Alt+B)</source>
        <translation>Detener el estudio, con el motivo (Alt+N)</translation>
    </message>
    <message>
        <source>A&amp;bort exam…</source>
        <translation>Dete&amp;ner el estudio…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Locker number:</source>
        <translation>Número de casillero:</translation>
    </message>
    <message>
        <source>e.g. 14, then Enter</source>
        <translation>p. ej., 14, luego Enter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time-out&lt;/b&gt; — read each aloud, confirm, then tick:</source>
        <translation>&lt;b&gt;Pausa de seguridad&lt;/b&gt; — lea cada punto en voz alta, confirme y marque:</translation>
    </message>
    <message>
        <source>Who confirmed (names of the team), then Enter</source>
        <translation>Quién confirmó (nombres del equipo), luego Enter</translation>
    </message>
    <message>
        <source>Who confirmed the time-out</source>
        <translation>Quién confirmó la pausa de seguridad</translation>
    </message>
    <message>
        <source>Record time-out</source>
        <translation>Registrar la pausa de seguridad</translation>
    </message>
    <message>
        <source>Not needed (N)</source>
        <translation>No hace falta (N)</translation>
    </message>
    <message>
        <source>Start the wait (W)</source>
        <translation>Iniciar la espera (W)</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Start the wait (W) — alert at {limit} min</source>
        <translation>Iniciar la espera (W) — aviso a los {limit} min</translation>
    </message>
    <message>
        <source>✓ Not needed {time} — {who}</source>
        <translation>✓ No necesario {time} — {who}</translation>
    </message>
    <message>
        <source>✓ Done {time} — {who}</source>
        <translation>✓ Hecho {time} — {who}</translation>
    </message>
    <message>
        <source> · locker {locker}</source>
        <translation> · casillero {locker}</translation>
    </message>
    <message>
        <source>▶ Now</source>
        <translation>▶ Ahora</translation>
    </message>
    <message>
        <source>✓ Time-out recorded {when} — confirmed by {team}</source>
        <translation>✓ Pausa de seguridad registrada {when} — confirmada por {team}</translation>
    </message>
    <message>
        <source>All ten steps done — complete the record and sign</source>
        <translation>Los diez pasos hechos — complete el registro y firme</translation>
    </message>
    <message>
        <source>Exam signed and locked</source>
        <translation>Estudio firmado y bloqueado</translation>
    </message>
    <message>
        <source>Exam aborted</source>
        <translation>Estudio interrumpido</translation>
    </message>
    <message>
        <source>Exam cancelled</source>
        <translation>Estudio cancelado</translation>
    </message>
    <message>
        <source>Exam deferred</source>
        <translation>Estudio aplazado</translation>
    </message>
    <message>
        <source>Check the patient in first</source>
        <translation>Primero registre la llegada de la paciente</translation>
    </message>
    <message>
        <source>Record the time-out first: tick each item, name the team, Enter</source>
        <translation>Registre la pausa de seguridad: marque, nombre al equipo, Intro</translation>
    </message>
    <message>
        <source>Step {step}: Not needed (N) or start the wait (W)</source>
        <translation>Paso {step}: No necesario (N) o iniciar la espera (W)</translation>
    </message>
    <message>
        <source>Complete step {step}: {title}  (Space)</source>
        <translation>Completar el paso {step}: {title}  (Espacio)</translation>
    </message>
    <message>
        <source>Read only for you: the steps are done by {role}</source>
        <translation>Solo lectura para usted: los pasos los hace {role}</translation>
    </message>
    <message>
        <source>Elapsed: not started (starts at step 1)</source>
        <translation>Transcurrido: sin empezar (empieza en el paso 1)</translation>
    </message>
    <message>
        <source>Procedure time, step 1 to 10: {time}</source>
        <translation>Duración, pasos 1 a 10: {time}</translation>
    </message>
    <message>
        <source>Elapsed since step 1: {time}</source>
        <translation>Transcurrido desde el paso 1: {time}</translation>
    </message>
    <message>
        <source>Waiting {time} of {limit} min — Space when the images are taken</source>
        <translation>Esperando {time} de {limit} min — Espacio cuando se tomen las imágenes</translation>
    </message>
    <message>
        <source>⚠ Delayed images: {limit} minutes reached. Take the images now.</source>
        <translation>⚠ Imágenes tardías: se alcanzaron los {limit} minutos. Tome las imágenes ahora.</translation>
    </message>
    <message>
        <source>Step {step}: press N if delayed images are not needed, or W to start the wait.</source>
        <translation>Paso {step}: pulse N si no se necesitan imágenes tardías, o W para iniciar la espera.</translation>
    </message>
    <message>
        <source>Undo step {step}</source>
        <translation>Deshacer el paso {step}</translation>
    </message>
    <message>
        <source>Why undo step {step} ({title})?</source>
        <translation>¿Por qué deshacer el paso {step} ({title})?</translation>
    </message>
    <message>
        <source>Abort the exam</source>
        <translation>Interrumpir el estudio</translation>
    </message>
    <message>
        <source>Why is the exam stopped?</source>
        <translation>¿Por qué se detiene el estudio?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <source>Verbal approvals awaiting your co-signature</source>
        <translation>Aprobaciones verbales que esperan su cofirma</translation>
    </message>
    <message>
        <source>font-size: 13pt; font-weight: 700;</source>
        <translation>font-size: 13pt; font-weight: 700;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Only a radiologist co-signs verbal approvals.</source>
        <translation>Solo un radiólogo cofirma las aprobaciones verbales.</translation>
    </message>
    <message numerus="yes">
        <source>%n verbal approval(s) awaiting your co-signature</source>
        <translation>
            <numerusform>%n aprobación verbal espera su cofirma</numerusform>
            <numerusform>%n aprobaciones verbales esperan su cofirma</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is awaiting your co-signature.</source>
        <translation>No hay nada pendiente de su cofirma.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · DOB {birth_date} · MRN {mrn}&lt;br&gt;Exam {exam_time}&lt;br&gt;■ STOP — {message}&lt;br&gt;Reason given: {reason}&lt;br&gt;Recorded by {recorded_by}, {recorded_at}, naming {radiologist}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · F. nac. {birth_date} · N.º de expediente {mrn}&lt;br&gt;Estudio {exam_time}&lt;br&gt;■ ALTO — {message}&lt;br&gt;Motivo indicado: {reason}&lt;br&gt;Registrado por {recorded_by}, {recorded_at}, a nombre de {radiologist}</translation>
    </message>
    <message>
        <source>Your password: a co-signature is a signature</source>
        <translation>Su contraseña: una cofirma es una firma</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Cofirmar</translation>
    </message>
    <message>
        <source>Type your password to co-sign: a co-signature is a signature.</source>
        <translation>Escriba su contraseña para cofirmar: una cofirma es una firma.</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Month/day/year, e.g. 3/14/1990. Up and Down change the part the cursor is in.</source>
        <translation>Mes/día/año, p. ej., 3/14/1990. Arriba y Abajo cambian la parte donde está el cursor.</translation>
    </message>
</context>
<context>
    <name>DaySheetWindow</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Day of the sheet</source>
        <translation>Día de la hoja</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>Which document to preview, print or save</source>
        <translation>Qué documento ver, imprimir o guardar</translation>
    </message>
    <message>
        <source>Exam summary (staff)</source>
        <translation>Resumen del estudio (personal)</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados posteriores</translation>
    </message>
    <message>
        <source>Preparation sheet</source>
        <translation>Hoja de preparación</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulario de consentimiento</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Patient documents print in the patient&apos;s preferred language; change it here</source>
        <translation>Los documentos de la paciente se imprimen en su idioma preferido; cámbielo aquí</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print this document (Ctrl+P)</source>
        <translation>Imprimir este documento (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Guardar este documento como archivo PDF</translation>
    </message>
    <message>
        <source>Not in her language</source>
        <translation>No está en su idioma</translation>
    </message>
    <message>
        <source>The preview could not be built: {error}</source>
        <translation>No se pudo generar la vista previa: {error}</translation>
    </message>
    <message>
        <source>Not printed: enter the antibiotic order in {language} on the booking, or explain it aloud.</source>
        <translation>No se imprimió: escriba la indicación de antibiótico en {language} en la cita, o explíquela en voz alta.</translation>
    </message>
    <message>
        <source>The antibiotic order was entered in English only; her sheet is in {language}.

The sheet will not print it in English: it will say, in {language}, that staff explain it to her in person. Will you explain the antibiotic order to her aloud before she leaves?</source>
        <translation>La indicación de antibiótico se escribió solo en inglés; su hoja está en {language}.

La hoja no la imprimirá en inglés: dirá, en {language}, que el personal se la explica en persona. ¿Le explicará la indicación de antibiótico en voz alta antes de que se vaya?</translation>
    </message>
    <message>
        <source>Printing the {document}…</source>
        <translation>Imprimiendo: {document}…</translation>
    </message>
    <message>
        <source>Saving the {document}…</source>
        <translation>Guardando: {document}…</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>Printed: {document} ({language}).</source>
        <translation>Impreso: {document} ({language}).</translation>
    </message>
    <message>
        <source>Saved: {document} ({language}).</source>
        <translation>Guardado: {document} ({language}).</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>HSG Desk: something went wrong</source>
        <translation>HSG Desk: algo salió mal</translation>
    </message>
    <message>
        <source>Everything saved before this is kept; check the last thing you changed.</source>
        <translation>Todo lo guardado antes se conserva; revise lo último que cambió.</translation>
    </message>
    <message>
        <source>Your last change was not saved (it was rolled back): enter it again.</source>
        <translation>Su último cambio no se guardó (se deshizo): vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>What failed: {error}.

{saved}

The details are in the log: {log}</source>
        <translation>Qué falló: {error}.

{saved}

Los detalles están en el registro: {log}</translation>
    </message>
</context>
<context>
    <name>ExamWorkspace</name>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabajo</translation>
    </message>
    <message>
        <source>Back to the worklist (Ctrl+W)</source>
        <translation>Volver a la lista de trabajo (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;1 Check-in</source>
        <translation>&amp;1 Registro</translation>
    </message>
    <message>
        <source>&amp;2 History &amp;&amp; screening</source>
        <translation>&amp;2 Historia clínica y evaluación</translation>
    </message>
    <message>
        <source>&amp;3 Procedure</source>
        <translation>&amp;3 Procedimiento</translation>
    </message>
    <message>
        <source>&amp;4 Documents</source>
        <translation>&amp;4 Documentos</translation>
    </message>
    <message>
        <source>This page is not available in this version.</source>
        <translation>Esta página no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>This record was changed by {name} at {time} (on {workstation}); the pages show the new values.</source>
        <translation>{name} cambió este expediente a las {time} (en {workstation}); las páginas muestran los valores nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>DOB {birth_date} (%n y)   ·   MRN {mrn}   ·   {language}</source>
        <translation>
            <numerusform>F. nac. {birth_date} (%n año)   ·   N.º de expediente {mrn}   ·   {language}</numerusform>
            <numerusform>F. nac. {birth_date} (%n años)   ·   N.º de expediente {mrn}   ·   {language}</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>Alergias: {allergies}</translation>
    </message>
    <message>
        <source>No allergies recorded</source>
        <translation>Sin alergias registradas</translation>
    </message>
    <message>
        <source>Screening not complete</source>
        <translation>Evaluación incompleta</translation>
    </message>
    <message>
        <source>✓ Screening resolved</source>
        <translation>✓ Evaluación resuelta</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>✗ {voided} — was: {kind}, {radiologist}</source>
        <translation>✗ {voided} — era: {kind}, {radiologist}</translation>
    </message>
    <message>
        <source>Blocks the exam today: defer or cancel it.</source>
        <translation>Impide el estudio hoy: aplácelo o cancélelo.</translation>
    </message>
    <message>
        <source>For information; printed on the summary.</source>
        <translation>Para información; se imprime en el resumen.</translation>
    </message>
    <message>
        <source>Not resolved yet. The earlier resolution was voided.</source>
        <translation>Aún sin resolver. La resolución anterior se anuló.</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>Aún sin resolver.</translation>
    </message>
    <message>
        <source>Radiologist&apos;s name</source>
        <translation>Nombre del radiólogo</translation>
    </message>
    <message>
        <source>Which radiologist was informed?</source>
        <translation>¿Qué radiólogo fue informado?</translation>
    </message>
    <message>
        <source>Radiologist informed</source>
        <translation>Radiólogo informado</translation>
    </message>
    <message>
        <source>The radiologist&apos;s reason for going ahead</source>
        <translation>El motivo del radiólogo para seguir adelante</translation>
    </message>
    <message>
        <source>Radiologist&apos;s password</source>
        <translation>Contraseña del radiólogo</translation>
    </message>
    <message>
        <source>Radiologist signs here</source>
        <translation>El radiólogo firma aquí</translation>
    </message>
    <message>
        <source>The radiologist types their own password</source>
        <translation>El radiólogo escribe su propia contraseña</translation>
    </message>
    <message>
        <source>Radiologist&apos;s password (not a verbal approval)</source>
        <translation>Contraseña del radiólogo (no una aprobación verbal)</translation>
    </message>
    <message>
        <source>Record verbal approval</source>
        <translation>Registrar aprobación verbal</translation>
    </message>
    <message>
        <source>The radiologist approved by phone; they co-sign later</source>
        <translation>El radiólogo aprobó por teléfono; cofirma después</translation>
    </message>
    <message>
        <source>Reason (e.g. positive pregnancy answer: rebook)</source>
        <translation>Motivo (p. ej., respuesta de embarazo positiva: nueva cita)</translation>
    </message>
    <message>
        <source>Defer exam (rebook)</source>
        <translation>Aplazar el estudio (nueva cita)</translation>
    </message>
    <message>
        <source>Cancel exam</source>
        <translation>Cancelar el estudio</translation>
    </message>
    <message>
        <source>BLOCK</source>
        <translation>BLOQUEO</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>CAUTION</source>
        <translation>PRECAUCIÓN</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>font-size: 13pt; font-weight: 700;</source>
        <translation>font-size: 13pt; font-weight: 700;</translation>
    </message>
</context>
<context>
    <name>FindingsSummary</name>
    <message numerus="yes">
        <source>⛔ %n block(s) — no exam today</source>
        <translation>
            <numerusform>⛔ %n bloqueo — sin estudio hoy</numerusform>
            <numerusform>⛔ %n bloqueos — sin estudio hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>■ %n stop(s) open</source>
        <translation>
            <numerusform>■ %n alto abierto</numerusform>
            <numerusform>■ %n altos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n caution(s) open</source>
        <translation>
            <numerusform>▲ %n precaución abierta</numerusform>
            <numerusform>▲ %n precauciones abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting co-signature</source>
        <translation>
            <numerusform>%n en espera de cofirma</numerusform>
            <numerusform>%n en espera de cofirma</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No open findings</source>
        <translation>✓ Ningún hallazgo abierto</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Set up HSG Desk</source>
        <translation>Configurar HSG Desk</translation>
    </message>
    <message>
        <source>Welcome. Create the first admin account and enter your facility&apos;s details. They print on every document and can be changed later in Settings.</source>
        <translation>Bienvenido. Cree la primera cuenta de administrador e ingrese los datos de su centro. Se imprimen en cada documento y puede cambiarlos después en Configuración.</translation>
    </message>
    <message>
        <source>First admin</source>
        <translation>Primer administrador</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>al menos 8 caracteres</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>&amp;Facility name</source>
        <translation>Nombre del c&amp;entro</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Teléf&amp;ono</translation>
    </message>
    <message>
        <source>Fa&amp;x</source>
        <translation>Fa&amp;x</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Tamaño del &amp;papel</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>Crear e &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter the facility&apos;s name: it prints on every document.</source>
        <translation>Escriba el nombre del centro: se imprime en cada documento.</translation>
    </message>
</context>
<context>
    <name>FrontDeskActions</name>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nueva paciente…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <source>&amp;Book exam…</source>
        <translation>&amp;Programar estudio…</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar llegada</translation>
    </message>
    <message>
        <source>Ca&amp;ncel exam…</source>
        <translation>Ca&amp;ncelar…</translation>
    </message>
    <message>
        <source>&amp;Defer exam…</source>
        <translation>&amp;Aplazar…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>Print day s&amp;heet…</source>
        <translation>Imprimir &amp;hoja del día…</translation>
    </message>
    <message>
        <source>Saved {name}. Ctrl+B books an exam.</source>
        <translation>Se guardó a {name}. Ctrl+B programa un estudio.</translation>
    </message>
    <message>
        <source>Opened the existing record of {name}. Ctrl+B books an exam.</source>
        <translation>Se abrió el expediente existente de {name}. Ctrl+B programa un estudio.</translation>
    </message>
    <message>
        <source>Find or register the patient first (Ctrl+F, Ctrl+N).</source>
        <translation>Primero busque o registre a la paciente (Ctrl+F, Ctrl+N).</translation>
    </message>
    <message>
        <source>Booked {when}.</source>
        <translation>Programado: {when}.</translation>
    </message>
    <message>
        <source>Cancel exam</source>
        <translation>Cancelar estudio</translation>
    </message>
    <message>
        <source>Cancel the exam of {name} on {when}?</source>
        <translation>¿Cancelar el estudio de {name} del {when}?</translation>
    </message>
    <message>
        <source>Cancel the e&amp;xam</source>
        <translation>Cancelar el e&amp;studio</translation>
    </message>
    <message>
        <source>Defer exam</source>
        <translation>Aplazar estudio</translation>
    </message>
    <message>
        <source>Defer the exam of {name} on {when}? She will be booked again later.</source>
        <translation>¿Aplazar el estudio de {name} del {when}? Se le programará de nuevo más adelante.</translation>
    </message>
    <message>
        <source>&amp;Defer</source>
        <translation>&amp;Aplazar</translation>
    </message>
    <message>
        <source>New date and time for {name} (deferred from {day}). Check her cycle window when you choose the day.</source>
        <translation>Nueva fecha y hora para {name} (aplazado desde el {day}). Revise su ventana del ciclo al elegir el día.</translation>
    </message>
    <message>
        <source>Reschedule exam</source>
        <translation>Reprogramar estudio</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>Re&amp;programar</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pregnancy and cycle</source>
        <translation>Embarazo y ciclo</translation>
    </message>
    <message>
        <source>Could she be pregnant?</source>
        <translation>¿Podría estar embarazada?</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Does she have periods?</source>
        <translation>¿Tiene menstruación?</translation>
    </message>
    <message>
        <source>First day of her last period (LMP)</source>
        <translation>Primer día de su última menstruación (FUM)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Is she bleeding today? (ask every patient, periods or not)</source>
        <translation>¿Está sangrando hoy? (pregúntelo a todas las pacientes, tengan menstruación o no)</translation>
    </message>
    <message>
        <source>Last day of flow</source>
        <translation>Último día de sangrado</translation>
    </message>
    <message>
        <source>Temperature (°C or °F), if measured</source>
        <translation>Temperatura (°C o °F), si se midió</translation>
    </message>
    <message>
        <source>e.g. 36.8 or 98.6 °F</source>
        <translation>p. ej., 36.8 o 98.6 °F</translation>
    </message>
    <message>
        <source>Conditions — ask each one</source>
        <translation>Condiciones — pregunte por cada una</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Medication name, then Enter</source>
        <translation>Nombre del medicamento, luego Enter</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Agregar medicamento</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar el seleccionado</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Substance (e.g. iohexol)</source>
        <translation>Sustancia (p. ej., iohexol)</translation>
    </message>
    <message>
        <source>Reaction (e.g. hives)</source>
        <translation>Reacción (p. ej., urticaria)</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Agregar alergia</translation>
    </message>
    <message>
        <source>Allergies reviewed with her (none, or all listed above)</source>
        <translation>Alergias revisadas con ella (ninguna, o todas las de arriba)</translation>
    </message>
    <message>
        <source>Screening findings</source>
        <translation>Hallazgos del cribado</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Possibly</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Has periods</source>
        <translation>Sí, tiene</translation>
    </message>
    <message>
        <source>No periods</source>
        <translation>No tiene</translation>
    </message>
    <message>
        <source>Reviewed with her</source>
        <translation>Revisadas con ella</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Cycle day {day} on the exam date</source>
        <translation>Día {day} del ciclo en la fecha del estudio</translation>
    </message>
    <message>
        <source>Read only: {reason}</source>
        <translation>Solo lectura: {reason}</translation>
    </message>
    <message>
        <source>Read only for you: the history is taken by {role}.</source>
        <translation>Solo lectura para usted: la historia clínica la toma {role}.</translation>
    </message>
    <message>
        <source>Still to answer: {questions}</source>
        <translation>Falta responder: {questions}</translation>
    </message>
    <message>
        <source>✓ Every history question is answered.</source>
        <translation>✓ Todas las preguntas de la historia clínica tienen respuesta.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>“{typed}” not saved: {reason}.</source>
        <translation>«{typed}» no se guardó: {reason}.</translation>
    </message>
    <message>
        <source>Type the substance and choose its category and severity.</source>
        <translation>Escriba la sustancia y elija su categoría y gravedad.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;language</source>
        <translation>Idioma de la &amp;interfaz</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>The window will be in {language} from your next start.</source>
        <translation>La ventana estará en {language} a partir de la próxima vez que inicie el programa.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>HSG Desk is locked</source>
        <translation>HSG Desk está bloqueado</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Iniciar sesión como &amp;otra persona</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Locked to keep patient records private. {name} was signed in: enter your password to continue where you left off.</source>
        <translation>Bloqueado para proteger la privacidad de los expedientes. {name} tenía la sesión iniciada: escriba su contraseña para seguir donde se quedó.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — HSG Desk</source>
        <translation>Iniciar sesión — HSG Desk</translation>
    </message>
    <message>
        <source>Sign in to HSG Desk</source>
        <translation>Inicie sesión en HSG Desk</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>al menos 8 caracteres</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Your password was set by an admin. Choose your own to continue.</source>
        <translation>Su contraseña la asignó un administrador. Elija una propia para continuar.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>New password: {reason}.</source>
        <translation>Nueva contraseña: {reason}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HSG Desk</source>
        <translation>HSG Desk</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <source>worklistTitle</source>
        <translation>worklistTitle</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Worklist day</source>
        <translation>Día de la lista de trabajo</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Day shown in the worklist</source>
        <translation>Día que muestra la lista de trabajo</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Show today&apos;s worklist (Alt+T, or Ctrl+T anywhere)</source>
        <translation>Mostrar la lista de trabajo de hoy (Alt+H, o Ctrl+T desde cualquier lugar)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>Find patient: name, MRN or date of birth (Ctrl+F)</source>
        <translation>Buscar paciente: nombre, n.º de expediente o fecha de nacimiento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Worklist: the day&apos;s exams</source>
        <translation>Lista de trabajo: los estudios del día</translation>
    </message>
    <message>
        <source>&amp;Open exam</source>
        <translation>A&amp;brir estudio</translation>
    </message>
    <message>
        <source>Open the selected exam (Enter)</source>
        <translation>Abrir el estudio seleccionado (Enter)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find patient…</source>
        <translation>&amp;Buscar paciente…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabajo</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;About HSG Desk</source>
        <translation>&amp;Acerca de HSG Desk</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Sesión iniciada como {name}</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMOSTRACIÓN</translation>
    </message>
    <message>
        <source>E&amp;xam</source>
        <translation>E&amp;studio</translation>
    </message>
    <message>
        <source>&amp;Co-signatures awaiting me…</source>
        <translation>&amp;Cofirmas pendientes…</translation>
    </message>
    <message>
        <source>Verbal approvals awaiting your co-signature (Ctrl+Shift+A)</source>
        <translation>Aprobaciones verbales que esperan su cofirma (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The admin role sees no patient records. Users, settings, the audit trail and backups are in the Admin menu.</source>
        <translation>El rol de administración no ve expedientes de pacientes. Los usuarios, la configuración, el registro de auditoría y las copias de seguridad están en el menú Administración.</translation>
    </message>
    <message>
        <source>{message} HSG Desk keeps trying and reconnects by itself.</source>
        <translation>{message} HSG Desk sigue intentándolo y se reconecta solo.</translation>
    </message>
    <message>
        <source>The database answers again: changes are being saved.</source>
        <translation>La base de datos vuelve a responder: los cambios se están guardando.</translation>
    </message>
    <message>
        <source>Exams of {name}</source>
        <translation>Estudios de {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n estudio</numerusform>
            <numerusform>%n estudios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n patients shown: type more to narrow.</source>
        <translation>
            <numerusform>Se muestra %n paciente: escriba más para acotar.</numerusform>
            <numerusform>Se muestran los primeros %n pacientes: escriba más para acotar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>Se encontró %n paciente.</numerusform>
            <numerusform>Se encontraron %n pacientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>↓ to choose, Enter to open.</source>
        <translation>↓ para elegir, Enter para abrir.</translation>
    </message>
    <message>
        <source>No patient matches “{text}”.</source>
        <translation>Ninguna paciente coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>MppsMessagesDialog</name>
    <message>
        <source>Exam</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>MPPS messages to the RIS</source>
        <translation>Mensajes MPPS al RIS</translation>
    </message>
    <message>
        <source>Messages go to {destination}; one that could not be delivered is tried again by itself.</source>
        <translation>Los mensajes van a {destination}; si uno no se pudo entregar, se vuelve a intentar solo.</translation>
    </message>
    <message>
        <source>No MPPS destination is set up (Admin › Settings): nothing is sent.</source>
        <translation>No hay un destino MPPS configurado (Administración › Configuración): no se envía nada.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
</context>
<context>
    <name>MppsSender</name>
    <message>
        <source>&amp;MPPS messages to the RIS…</source>
        <translation>&amp;Mensajes MPPS al RIS…</translation>
    </message>
    <message>
        <source>Unexpected problem: {error}</source>
        <translation>Problema inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>{work} stopped because of an unexpected problem: {error}</source>
        <translation>{work}: se detuvo por un problema inesperado: {error}</translation>
    </message>
    <message>
        <source>The work</source>
        <translation>El trabajo</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nueva paciente</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>e.g. García</source>
        <translation>p. ej., García</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>&amp;Given name(s)</source>
        <translation>&amp;Nombre(s)</translation>
    </message>
    <message>
        <source>e.g. Ana María</source>
        <translation>p. ej., Ana María</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>&amp;MRN</source>
        <translation>N.º de &amp;expediente</translation>
    </message>
    <message>
        <source>Leave blank to number automatically</source>
        <translation>Déjelo en blanco para numerarlo automáticamente</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Teléf&amp;ono</translation>
    </message>
    <message>
        <source>e.g. (555) 010-0100</source>
        <translation>p. ej., (555) 010-0100</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <source>Language of her printed documents</source>
        <translation>Idioma de sus documentos impresos</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Referring physician (results go here)</source>
        <translation>Médico remitente (recibe los resultados)</translation>
    </message>
    <message>
        <source>Physician &amp;name</source>
        <translation>Nombre del &amp;médico</translation>
    </message>
    <message>
        <source>Physician p&amp;hone</source>
        <translation>Teléfono del médi&amp;co</translation>
    </message>
    <message>
        <source>Physician fa&amp;x</source>
        <translation>Fa&amp;x del médico</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Edit patient — {name}</source>
        <translation>Editar paciente — {name}</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>No se guardó nada: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>• {name}, born {birth_date}, MRN {mrn}</source>
        <translation>• {name}, nació el {birth_date}, N.º de expediente {mrn}</translation>
    </message>
    <message>
        <source>She may already be registered</source>
        <translation>Es posible que ya esté registrada</translation>
    </message>
    <message>
        <source>A patient with the same name and date of birth is already on file:
{patients}

Open the existing record instead of creating a duplicate?</source>
        <translation>Ya hay una paciente con el mismo nombre y fecha de nacimiento:
{patients}

¿Abrir el expediente existente en lugar de crear un duplicado?</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Abrir el expediente existente</translation>
    </message>
    <message>
        <source>Register a new patient anyway</source>
        <translation>Registrar una nueva paciente de todos modos</translation>
    </message>
    <message>
        <source>Her title as the sheets print it: a Spanish sheet prints &quot;Dra.&quot; for a woman, an English one &quot;Dr.&quot; for either</source>
        <translation>Su título tal como lo imprimen las hojas: una hoja en español imprime «Dra.» para una mujer; una en inglés, «Dr.» para ambos</translation>
    </message>
    <message>
        <source>Physician title</source>
        <translation>Título del médico</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <source>Dra.</source>
        <translation>Dra.</translation>
    </message>
</context>
<context>
    <name>PatientSearchModel</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>ProcedureRecord</name>
    <message>
        <source>Procedure record</source>
        <translation>Registro del procedimiento</translation>
    </message>
    <message>
        <source>Contrast and catheter (scan or type)</source>
        <translation>Contraste y catéter (escanee o escriba)</translation>
    </message>
    <message>
        <source>Contrast agent</source>
        <translation>Medio de contraste</translation>
    </message>
    <message>
        <source>e.g. iohexol</source>
        <translation>p. ej., iohexol</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>e.g. 300 mgI/mL</source>
        <translation>p. ej., 300 mgI/mL</translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation>Volumen (mL)</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>p. ej., 10</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Note if expired</source>
        <translation>Nota si está caducado</translation>
    </message>
    <message>
        <source>Why expired contrast was used</source>
        <translation>Por qué se usó contraste caducado</translation>
    </message>
    <message>
        <source>Catheter</source>
        <translation>Catéter</translation>
    </message>
    <message>
        <source>Catheter lot</source>
        <translation>Lote del catéter</translation>
    </message>
    <message>
        <source>Catheter product</source>
        <translation>Producto del catéter</translation>
    </message>
    <message>
        <source>e.g. HSG balloon catheter 5 Fr</source>
        <translation>p. ej., catéter de balón para HSG 5 Fr</translation>
    </message>
    <message>
        <source>Catheter expiry</source>
        <translation>Caducidad del catéter</translation>
    </message>
    <message>
        <source>Scan the vial&apos;s or the catheter&apos;s barcode to fill its product, lot and expiry, or type them.</source>
        <translation>Escanee el código de barras del frasco o del catéter para llenar el producto, el lote y la caducidad, o escríbalos.</translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation>Radiación</translation>
    </message>
    <message>
        <source>Fluoroscopy time (min, tenths)</source>
        <translation>Tiempo de fluoroscopia (min, décimas)</translation>
    </message>
    <message>
        <source>e.g. 0.8</source>
        <translation>p. ej., 0.8</translation>
    </message>
    <message>
        <source>Note on a long fluoroscopy time</source>
        <translation>Nota sobre un tiempo de fluoroscopia largo</translation>
    </message>
    <message>
        <source>Number of images</source>
        <translation>Número de imágenes</translation>
    </message>
    <message>
        <source>e.g. 6</source>
        <translation>p. ej., 6</translation>
    </message>
    <message>
        <source>Note on too few images</source>
        <translation>Nota sobre muy pocas imágenes</translation>
    </message>
    <message>
        <source>Air kerma (mGy), if shown</source>
        <translation>Kerma en aire (mGy), si se muestra</translation>
    </message>
    <message>
        <source>Kerma-area product (Gy·cm²), if shown</source>
        <translation>Producto kerma-área (Gy·cm²), si se muestra</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Complicaciones</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Vasovagal reaction</source>
        <translation>Reacción vasovagal</translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation>Dolor intenso</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <source>Unable to cannulate</source>
        <translation>No se pudo canalizar</translation>
    </message>
    <message>
        <source>Contrast reaction</source>
        <translation>Reacción al contraste</translation>
    </message>
    <message>
        <source>Reaction severity</source>
        <translation>Gravedad de la reacción</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Otra:</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Describa</translation>
    </message>
    <message>
        <source>Radiologist and notes</source>
        <translation>Radiólogo y notas</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiólogo</translation>
    </message>
    <message>
        <source>Technologist notes</source>
        <translation>Notas del técnico</translation>
    </message>
    <message>
        <source>Complete and sign</source>
        <translation>Completar y firmar</translation>
    </message>
    <message>
        <source>Complete and sign…</source>
        <translation>Completar y firmar…</translation>
    </message>
    <message>
        <source>Amendments (after signing)</source>
        <translation>Enmiendas (después de firmar)</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Valor corregido</translation>
    </message>
    <message>
        <source>Why the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>Registrar enmienda</translation>
    </message>
</context>
<context>
    <name>ProcedureRecordWidget</name>
    <message>
        <source>Note on a dose above the reference level</source>
        <translation>Nota sobre una dosis superior al nivel de referencia</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— sin elegir —</translation>
    </message>
    <message>
        <source>e.g. iohexol (Omnipaque)</source>
        <translation>p. ej., iohexol (Omnipaque)</translation>
    </message>
    <message>
        <source>Known agents: {agents}. Another agent: type its name.</source>
        <translation>Medios conocidos: {agents}. Otro medio: escriba su nombre.</translation>
    </message>
    <message>
        <source> · scanned</source>
        <translation> · escaneado</translation>
    </message>
    <message>
        <source>⚠ {caution}. Signing asks for a short note.</source>
        <translation>⚠ {caution}. Al firmar se pedirá una nota breve.</translation>
    </message>
    <message>
        <source>The record opens when the procedure starts (checklist step 2).</source>
        <translation>El registro se abre cuando empieza el procedimiento (paso 2 de la lista de verificación).</translation>
    </message>
    <message>
        <source>Signed and locked. Corrections are recorded as amendments below.</source>
        <translation>Firmado y bloqueado. Las correcciones se registran como enmiendas abajo.</translation>
    </message>
    <message>
        <source>Read only for you: the record is kept by {role}.</source>
        <translation>Solo lectura para usted: el registro lo lleva {role}.</translation>
    </message>
    <message>
        <source>Each field is saved when you leave it.</source>
        <translation>Cada campo se guarda al salir de él.</translation>
    </message>
    <message>
        <source>✓ Ready to sign.</source>
        <translation>✓ Listo para firmar.</translation>
    </message>
    <message>
        <source>Complete and sign…</source>
        <translation>Completar y firmar…</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>✓ Signed {time}</source>
        <translation>✓ Firmado el {time}</translation>
    </message>
    <message>
        <source>Still needed to sign:</source>
        <translation>Falta para firmar:</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>“{value}” not saved: {reason}.</source>
        <translation>“{value}” no se guardó: {reason}.</translation>
    </message>
    <message>
        <source>Complete and sign</source>
        <translation>Completar y firmar</translation>
    </message>
    <message>
        <source>{name}, type your password to sign the exam.</source>
        <translation>{name}, escriba su contraseña para firmar el estudio.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
    <message>
        <source>Dose above the reference level</source>
        <translation>Dosis superior al nivel de referencia</translation>
    </message>
    <message>
        <source>A short note for the record: why, and what was done.</source>
        <translation>Una nota breve para el registro: por qué y qué se hizo.</translation>
    </message>
    <message>
        <source>Signing needs a note on the dose above the reference level.</source>
        <translation>Para firmar hace falta una nota sobre la dosis superior al nivel de referencia.</translation>
    </message>
    <message>
        <source>Corrected value: {hint}</source>
        <translation>Valor corregido: {hint}</translation>
    </message>
    <message>
        <source>Reason: say why the record is corrected.</source>
        <translation>Motivo: indique por qué se corrige el registro.</translation>
    </message>
    <message>
        <source>Sign the amendment</source>
        <translation>Firmar la enmienda</translation>
    </message>
    <message>
        <source>{name}, type your password to sign this correction.</source>
        <translation>{name}, escriba su contraseña para firmar esta corrección.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ProductScanning</name>
    <message>
        <source>Add as a contrast agent</source>
        <translation>Agregar como medio de contraste</translation>
    </message>
    <message>
        <source>Add as a catheter</source>
        <translation>Agregar como catéter</translation>
    </message>
    <message>
        <source>The scan could not be read: {reason} Scan again, or type the values.</source>
        <translation>No se pudo leer el escaneo: {reason} Escanee de nuevo o escriba los valores.</translation>
    </message>
    <message>
        <source>no lot on the label</source>
        <translation>sin lote en la etiqueta</translation>
    </message>
    <message>
        <source>no expiry on the label</source>
        <translation>sin caducidad en la etiqueta</translation>
    </message>
    <message>
        <source>Scanned {kind}: {name}, lot {lot}, expires {expiry}.</source>
        <translation>Escaneado ({kind}): {name}, lote {lot}, caduca {expiry}.</translation>
    </message>
    <message>
        <source>EXPIRED before the exam date: do not use it without the radiologist&apos;s signed approval.</source>
        <translation>CADUCADO antes de la fecha del estudio: no lo use sin la aprobación firmada del radiólogo.</translation>
    </message>
    <message>
        <source>It expires within 30 days: tell the radiologist.</source>
        <translation>Caduca en menos de 30 días: avise al radiólogo.</translation>
    </message>
    <message>
        <source>GTIN {gtin} is not on the product list, and adding it needs the technologist or admin role. Type the values.</source>
        <translation>El GTIN {gtin} no está en la lista de productos, y para agregarlo se necesita el rol de técnico o de administración. Escriba los valores.</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Producto desconocido</translation>
    </message>
    <message>
        <source>The scanned product (GTIN {gtin}) is not on the product list yet. Add it now? Its lot and expiry fill the record once it is added.</source>
        <translation>El producto escaneado (GTIN {gtin}) aún no está en la lista de productos. ¿Agregarlo ahora? Su lote y su caducidad se llenan en el registro una vez agregado.</translation>
    </message>
    <message>
        <source>GTIN {gtin} is not on the product list: type the values, or add it and scan again.</source>
        <translation>El GTIN {gtin} no está en la lista de productos: escriba los valores, o agréguelo y escanee de nuevo.</translation>
    </message>
    <message>
        <source>Add GTIN {gtin} in the Products window; the record fills when it is saved.</source>
        <translation>Agregue el GTIN {gtin} en la ventana Productos; el registro se llena al guardarlo.</translation>
    </message>
</context>
<context>
    <name>ProductsAdmin</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Contrast agents and catheters by their GTIN: a scanned label fills the procedure record from here.</source>
        <translation>Medios de contraste y catéteres por su GTIN: al escanear una etiqueta, el registro del procedimiento se llena con estos datos.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>&amp;GTIN</source>
        <translation>&amp;GTIN</translation>
    </message>
    <message>
        <source>14 digits, or scan the label</source>
        <translation>14 dígitos, o escanee la etiqueta</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Contrast &amp;agent</source>
        <translation>Medio de contr&amp;aste</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Concentración</translation>
    </message>
    <message>
        <source>300 mgI/mL</source>
        <translation>300 mgI/mL</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Envase</translation>
    </message>
    <message>
        <source>50 mL</source>
        <translation>50 mL</translation>
    </message>
    <message>
        <source>Catheter &amp;name</source>
        <translation>&amp;Nombre del catéter</translation>
    </message>
    <message>
        <source>HSG balloon catheter 5 Fr</source>
        <translation>Catéter de balón para HSG 5 Fr</translation>
    </message>
    <message>
        <source>Catheter &amp;type</source>
        <translation>Tipo de catéte&amp;r</translation>
    </message>
    <message>
        <source>&amp;Balloon</source>
        <translation>&amp;Balón</translation>
    </message>
    <message>
        <source>1.5 mL, latex-free</source>
        <translation>1.5 mL, sin látex</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>A&amp;dd product</source>
        <translation>A&amp;gregar producto</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Choose from the contrast list</source>
        <translation>Elija de la lista de contrastes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>Se agregó {name}.</translation>
    </message>
    <message>
        <source>{name} was saved.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Quitar producto</translation>
    </message>
    <message>
        <source>Take {name} ({gtin}) off the product list? Records that already name it keep it; a new scan of it will ask again.</source>
        <translation>¿Quitar {name} ({gtin}) de la lista de productos? Los registros que ya lo nombran lo conservan; un nuevo escaneo volverá a preguntar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>Se quitó {name}.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Catheter type</source>
        <translation>Tipo de catéter</translation>
    </message>
</context>
<context>
    <name>QtPrompts</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>QualityReportWindow</name>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation>Nueva &amp;fecha</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>New &amp;time</source>
        <translation>Nueva &amp;hora</translation>
    </message>
    <message>
        <source>h:mm AP</source>
        <translation>h:mm ap</translation>
    </message>
    <message>
        <source>She called to cancel</source>
        <translation>Llamó para cancelar</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Referring physician cancelled the order</source>
        <translation>El médico remitente canceló la orden</translation>
    </message>
    <message>
        <source>Booked in error</source>
        <translation>Programado por error</translation>
    </message>
    <message>
        <source>Positive pregnancy test</source>
        <translation>Prueba de embarazo positiva</translation>
    </message>
    <message>
        <source>Outside her cycle window</source>
        <translation>Fuera de su ventana del ciclo</translation>
    </message>
    <message>
        <source>Pregnancy test not valid for today</source>
        <translation>Prueba de embarazo no válida para hoy</translation>
    </message>
    <message>
        <source>Active infection or fever</source>
        <translation>Infección activa o fiebre</translation>
    </message>
    <message>
        <source>No driver after a sedative</source>
        <translation>Sin acompañante que conduzca tras un sedante</translation>
    </message>
    <message>
        <source>She asked to come another day</source>
        <translation>Pidió venir otro día</translation>
    </message>
    <message>
        <source>Rescheduled in her next cycle window</source>
        <translation>Reprogramado en su próxima ventana del ciclo</translation>
    </message>
    <message>
        <source>She asked for another day</source>
        <translation>Pidió otro día</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>Elija o escriba el motivo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Close, change nothing (Esc)</source>
        <translation>Cerrar sin cambiar nada (Esc)</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Indique un motivo.</translation>
    </message>
</context>
<context>
    <name>RecoveryWindow</name>
    <message>
        <source>HSG Desk cannot open its records</source>
        <translation>HSG Desk no puede abrir sus expedientes</translation>
    </message>
    <message>
        <source>font-size: 16pt; font-weight: bold;</source>
        <translation>font-size: 16pt; font-weight: bold;</translation>
    </message>
    <message>
        <source>Restore the backup and continue</source>
        <translation>Restaurar la copia de seguridad y continuar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>This can happen after a power cut, a failing disk, or when another program changed the file. Nothing has been changed yet.</source>
        <translation>Esto puede ocurrir tras un corte de luz, un disco que falla o cuando otro programa cambió el archivo. Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Another workstation runs a newer HSG Desk and has updated the records. Update HSG Desk on this workstation, then start it again. Nothing has been changed.</source>
        <translation>Otra estación de trabajo usa un HSG Desk más reciente y actualizó los registros. Actualice HSG Desk en esta estación y vuelva a iniciarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This computer&apos;s user is not allowed to use the file. Ask your IT support to check its permissions. Nothing has been changed.</source>
        <translation>El usuario de esta computadora no tiene permiso para usar el archivo. Pida a su soporte informático que revise los permisos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The disk is full. Free space on it, then start HSG Desk again. Nothing has been changed.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a iniciar HSG Desk. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Ask your IT support where the records are kept. Nothing has been changed.</source>
        <translation>Pregunte a su soporte informático dónde se guardan los registros. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Quit, and call your IT support if this is not clear: the file has not been changed.</source>
        <translation>Salga y llame a su soporte informático si esto no está claro: el archivo no se ha cambiado.</translation>
    </message>
    <message>
        <source>The database file {path} {reason}.</source>
        <translation>El archivo de la base de datos {path}: {reason}.</translation>
    </message>
    <message>
        <source>The latest good backup is from {when} ({size}). Restoring it brings back every record saved up to then; records saved after it must be entered again. The damaged file is kept aside for your IT support.</source>
        <translation>La última copia de seguridad buena es del {when} ({size}). Restaurarla recupera todo lo guardado hasta entonces; lo guardado después debe volver a introducirse. El archivo dañado se guarda aparte para su soporte informático.</translation>
    </message>
    <message>
        <source>No good backup was found. Quit, and call your IT support: the damaged file has not been changed, and they may be able to repair it.</source>
        <translation>No se encontró ninguna copia de seguridad buena. Salga y llame a su soporte informático: el archivo dañado no se ha cambiado y quizá puedan repararlo.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason} Quit and call your IT support.</source>
        <translation>No se pudo restaurar la copia de seguridad: {reason} Salga y llame a su soporte informático.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Build the preview for the dates chosen</source>
        <translation>Generar la vista previa de las fechas elegidas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print what the preview shows (Ctrl+P)</source>
        <translation>Imprimir lo que muestra la vista previa (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save what the preview shows as a PDF file</source>
        <translation>Guardar lo que muestra la vista previa como archivo PDF</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Generando la vista previa…</translation>
    </message>
    <message>
        <source>The preview could not be built: {reason}</source>
        <translation>No se pudo generar la vista previa: {reason}</translation>
    </message>
    <message>
        <source>The dates or the language changed: press Show first.</source>
        <translation>Cambiaron las fechas o el idioma: primero pulse Mostrar.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Impreso.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se guardó {path}.</translation>
    </message>
    <message>
        <source>Dose and quality report</source>
        <translation>Informe de dosis y calidad</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Hoja del día</translation>
    </message>
</context>
<context>
    <name>RisOrders</name>
    <message>
        <source>The pull stopped because of an unexpected problem: {error}</source>
        <translation>La consulta al RIS se detuvo por un problema inesperado: {error}</translation>
    </message>
    <message>
        <source>&amp;Get orders from RIS</source>
        <translation>&amp;Obtener órdenes del RIS</translation>
    </message>
    <message>
        <source>Get the day&apos;s orders from the RIS (Ctrl+Shift+G)</source>
        <translation>Obtener las órdenes del día del RIS (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Orders from RIS to &amp;check…</source>
        <translation>Órdenes del RIS por &amp;revisar…</translation>
    </message>
    <message>
        <source>Getting orders from {endpoint}…</source>
        <translation>Obteniendo órdenes de {endpoint}…</translation>
    </message>
    <message>
        <source>Getting orders from RIS…</source>
        <translation>Obteniendo órdenes del RIS…</translation>
    </message>
</context>
<context>
    <name>RisReviewDialog</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Patient (RIS)</source>
        <translation>Paciente (RIS)</translation>
    </message>
    <message>
        <source>MRN (RIS)</source>
        <translation>N.º de expediente (RIS)</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N.º de acceso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Qué revisar</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>Discontinued in the RIS: cancel the exam here if it is still booked.</source>
        <translation>Suspendido en el RIS: cancele aquí el estudio si sigue programado.</translation>
    </message>
    <message>
        <source>No longer listed by the RIS: check with the RIS, cancel the exam here if it was cancelled.</source>
        <translation>Ya no aparece en el RIS: consulte con el RIS y cancele aquí el estudio si se canceló.</translation>
    </message>
    <message>
        <source>{field}: ours {ours}, RIS {theirs}</source>
        <translation>{field}: aquí {ours}, RIS {theirs}</translation>
    </message>
    <message>
        <source>Orders from RIS to check</source>
        <translation>Órdenes del RIS por revisar</translation>
    </message>
    <message>
        <source>These orders were not booked, or changed in the RIS after booking. A patient&apos;s details are never overwritten from the RIS.</source>
        <translation>Estas órdenes no se programaron, o cambiaron en el RIS después de programarse. Los datos de una paciente nunca se sobrescriben desde el RIS.</translation>
    </message>
    <message>
        <source>&amp;Book for the patient on file</source>
        <translation>&amp;Programar para la paciente registrada</translation>
    </message>
    <message>
        <source>She is the patient on file: book the order for her, keeping our details</source>
        <translation>Es la paciente registrada: programar la orden para ella, conservando nuestros datos</translation>
    </message>
    <message>
        <source>Booked accession {number} for the patient on file.</source>
        <translation>Se programó el n.º de acceso {number} para la paciente registrada.</translation>
    </message>
</context>
<context>
    <name>SecurityTools</name>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Productos…</translation>
    </message>
    <message>
        <source>&amp;Quality report…</source>
        <translation>&amp;Informe de calidad…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>Lock the screen now (Ctrl+L)</source>
        <translation>Bloquear la pantalla ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministración</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>HSG Desk — locked</source>
        <translation>HSG Desk — bloqueado</translation>
    </message>
</context>
<context>
    <name>SettingEditor</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>From {minimum} to {maximum} {unit}</source>
        <translation>De {minimum} a {maximum} {unit}</translation>
    </message>
</context>
<context>
    <name>SettingsAdmin</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Facility details and the clinic&apos;s thresholds. Each change is recorded in the audit trail.</source>
        <translation>Datos del centro y umbrales de la clínica. Cada cambio queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the settings (Esc)</source>
        <translation>Cerrar la configuración (Esc)</translation>
    </message>
    <message>
        <source>Not saved yet: {settings}. Save settings, or press Close (Esc) again to leave them unsaved.</source>
        <translation>Aún sin guardar: {settings}. Guarde la configuración, o pulse Cerrar (Esc) otra vez para salir sin guardar.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Saved: {settings}.</source>
        <translation>Guardado: {settings}.</translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Front desk</source>
        <translation>&amp;Recepción</translation>
    </message>
    <message>
        <source>&amp;Technologist</source>
        <translation>Técnic&amp;o</translation>
    </message>
    <message>
        <source>&amp;Radiologist</source>
        <translation>R&amp;adiólogo</translation>
    </message>
    <message>
        <source>A&amp;dmin</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nueva &amp;contraseña</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>al menos 8 caracteres</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Reset pass&amp;word</source>
        <translation>Restablecer contra&amp;seña</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Desact&amp;ivar</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Desb&amp;loquear</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>User {name}</source>
        <translation>Usuario {name}</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Cr&amp;ear usuario</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>Act&amp;ivar</translation>
    </message>
    <message>
        <source>{name} was created; they choose their own password at first sign-in.</source>
        <translation>Se creó {name}; elegirá su propia contraseña al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>{name} was saved.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>{name}&apos;s password was reset; they choose a new one at sign-in.</source>
        <translation>Se restableció la contraseña de {name}; elegirá una nueva al iniciar sesión.</translation>
    </message>
    <message>
        <source>{name} was enabled.</source>
        <translation>Se activó {name}.</translation>
    </message>
    <message>
        <source>{name} was disabled.</source>
        <translation>Se desactivó {name}.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} puede volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Bloqueado tras intentos fallidos</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The backup stopped because of an unexpected problem: {error}</source>
        <translation>La copia de seguridad se detuvo por un problema inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Blocks / stops</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Open cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Blocks (no exam today), and findings that still need a radiologist (stops) or an acknowledgement (cautions)</source>
        <translation>Bloqueos (sin estudio hoy) y hallazgos que aún necesitan un radiólogo (altos) o una confirmación (precauciones)</translation>
    </message>
    <message>
        <source>Ordered in the RIS: accession {number}</source>
        <translation>Solicitado en el RIS: n.º de acceso {number}</translation>
    </message>
    <message>
        <source>Booked here, not ordered in the RIS</source>
        <translation>Programado aquí, no solicitado en el RIS</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
</context>
<context>
    <name>YesNoAnswer</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>amendable</name>
    <message>
        <source>Contrast agent</source>
        <translation>Medio de contraste</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Contrast lot</source>
        <translation>Lote del contraste</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Catheter type</source>
        <translation>Tipo de catéter</translation>
    </message>
    <message>
        <source>Catheter lot</source>
        <translation>Lote del catéter</translation>
    </message>
    <message>
        <source>Fluoroscopy time</source>
        <translation>Tiempo de fluoroscopia</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Air kerma</source>
        <translation>Kerma en aire</translation>
    </message>
    <message>
        <source>Kerma-area product</source>
        <translation>Producto kerma-área</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Complicaciones</translation>
    </message>
    <message>
        <source>Reaction severity</source>
        <translation>Gravedad de la reacción</translation>
    </message>
    <message>
        <source>Other complication</source>
        <translation>Otra complicación</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiólogo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note on the fluoroscopy time</source>
        <translation>Nota sobre el tiempo de fluoroscopia</translation>
    </message>
    <message>
        <source>Note on the number of images</source>
        <translation>Nota sobre el número de imágenes</translation>
    </message>
    <message>
        <source>Note on the expired contrast</source>
        <translation>Nota sobre el contraste caducado</translation>
    </message>
    <message>
        <source>Catheter product</source>
        <translation>Producto del catéter</translation>
    </message>
    <message>
        <source>Catheter expiry date</source>
        <translation>Fecha de caducidad del catéter</translation>
    </message>
    <message>
        <source>Note on a dose above the reference level</source>
        <translation>Nota sobre una dosis superior al nivel de referencia</translation>
    </message>
    <message>
        <source>Could she be pregnant?</source>
        <translation>¿Podría estar embarazada?</translation>
    </message>
    <message>
        <source>No periods</source>
        <translation>Sin menstruación</translation>
    </message>
    <message>
        <source>First day of her last period</source>
        <translation>Primer día de su última menstruación</translation>
    </message>
    <message>
        <source>Bleeding on the exam day</source>
        <translation>Sangrado el día del estudio</translation>
    </message>
    <message>
        <source>Last day of flow</source>
        <translation>Último día de sangrado</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Intercourse since the first day of the last period</source>
        <translation>Relaciones sexuales desde el primer día de la última menstruación</translation>
    </message>
    <message>
        <source>Active infection or fever</source>
        <translation>Infección activa o fiebre</translation>
    </message>
    <message>
        <source>Chronic pelvic infection or a current sexually transmitted disease</source>
        <translation>Infección pélvica crónica o una enfermedad de transmisión sexual actual</translation>
    </message>
    <message>
        <source>Past pelvic inflammatory disease (PID)</source>
        <translation>Enfermedad inflamatoria pélvica (EIP) en el pasado</translation>
    </message>
    <message>
        <source>Recent uterine or tubal surgery</source>
        <translation>Cirugía reciente del útero o de las trompas</translation>
    </message>
    <message>
        <source>An inflammatory condition</source>
        <translation>Una enfermedad inflamatoria</translation>
    </message>
    <message>
        <source>A bleeding problem, or blood thinners (aspirin, warfarin, Coumadin)</source>
        <translation>Un problema de sangrado, o anticoagulantes (aspirina, warfarina, Coumadin)</translation>
    </message>
    <message>
        <source>Diabetes or a history of kidney problems</source>
        <translation>Diabetes o antecedentes de problemas renales</translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation>Asma</translation>
    </message>
    <message>
        <source>Identity verified (name and date of birth)</source>
        <translation>Identidad verificada (nombre y fecha de nacimiento)</translation>
    </message>
    <message>
        <source>Referral on file</source>
        <translation>Orden médica en el expediente</translation>
    </message>
    <message>
        <source>Informed consent signed</source>
        <translation>Consentimiento informado firmado</translation>
    </message>
    <message>
        <source>Sedative prescribed</source>
        <translation>Sedante recetado</translation>
    </message>
    <message>
        <source>Sedative</source>
        <translation>Sedante</translation>
    </message>
    <message>
        <source>Driver&apos;s name</source>
        <translation>Nombre del acompañante</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>Teléfono del acompañante</translation>
    </message>
    <message>
        <source>Insurance carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Insurance member id</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Told infertility work-ups are often not covered</source>
        <translation>Se le avisó: la infertilidad a menudo no está cubierta</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia clínica</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Today&apos;s backup was saved to {folder}</source>
        <translation>La copia de seguridad de hoy se guardó en {folder}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>La copia de seguridad falló: {reason}</translation>
    </message>
    <message>
        <source>HSG Desk cannot save to its database</source>
        <translation>HSG Desk no puede guardar en su base de datos</translation>
    </message>
    <message>
        <source>HSG Desk cannot open its database</source>
        <translation>HSG Desk no puede abrir su base de datos</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>History taken, questions answered</source>
        <translation>Historia tomada, preguntas respondidas</translation>
    </message>
    <message>
        <source>Intake complete and screening resolved; the patient&apos;s questions answered.</source>
        <translation>Admisión completa y evaluación resuelta; las preguntas de la paciente respondidas.</translation>
    </message>
    <message>
        <source>Gown on, jewelry off, items in locker</source>
        <translation>Bata puesta, sin joyas, pertenencias en el casillero</translation>
    </message>
    <message>
        <source>Undressed from the waist down, jewelry removed from abdomen and pelvis; locker number.</source>
        <translation>Desvestida de la cintura para abajo, sin joyas en abdomen y pelvis; número de casillero.</translation>
    </message>
    <message>
        <source>Bladder emptied</source>
        <translation>Vejiga vaciada</translation>
    </message>
    <message>
        <source>The patient has emptied her bladder.</source>
        <translation>La paciente ha vaciado la vejiga.</translation>
    </message>
    <message>
        <source>Positioned on the table</source>
        <translation>Colocada en la mesa</translation>
    </message>
    <message>
        <source>On her back, knees up, feet flat.</source>
        <translation>Boca arriba, rodillas flexionadas, pies apoyados.</translation>
    </message>
    <message>
        <source>Fluoroscope centered</source>
        <translation>Fluoroscopio centrado</translation>
    </message>
    <message>
        <source>Centered over the lower abdomen.</source>
        <translation>Centrado sobre la parte baja del abdomen.</translation>
    </message>
    <message>
        <source>Speculum, cervix cleansed, catheter placed</source>
        <translation>Espéculo, cuello uterino limpio, catéter colocado</translation>
    </message>
    <message>
        <source>Balloon inflated. The time-out must be recorded first.</source>
        <translation>Balón inflado. Antes debe registrarse la pausa de seguridad.</translation>
    </message>
    <message>
        <source>Contrast injected, images taken</source>
        <translation>Contraste inyectado, imágenes tomadas</translation>
    </message>
    <message>
        <source>Uterus, tubes and peritoneal cavity; position changes as needed.</source>
        <translation>Útero, trompas y cavidad peritoneal; cambios de posición según haga falta.</translation>
    </message>
    <message>
        <source>Delayed images</source>
        <translation>Imágenes tardías</translation>
    </message>
    <message>
        <source>Only if specific abnormalities were seen: not needed, or a timed wait.</source>
        <translation>Solo si se vieron ciertas anomalías: no necesarias, o una espera cronometrada.</translation>
    </message>
    <message>
        <source>Catheter removed</source>
        <translation>Catéter retirado</translation>
    </message>
    <message>
        <source>The aftercare clock starts here.</source>
        <translation>Aquí empieza el reloj de cuidados posteriores.</translation>
    </message>
    <message>
        <source>Dressed</source>
        <translation>Vestida</translation>
    </message>
    <message>
        <source>Changed back into her clothes.</source>
        <translation>Se volvió a poner su ropa.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Intercourse since the first day of the last period</source>
        <translation>Relaciones sexuales desde el primer día de la última menstruación</translation>
    </message>
    <message>
        <source>Active infection or fever</source>
        <translation>Infección activa o fiebre</translation>
    </message>
    <message>
        <source>Chronic pelvic infection or a current sexually transmitted disease</source>
        <translation>Infección pélvica crónica o una enfermedad de transmisión sexual actual</translation>
    </message>
    <message>
        <source>Past pelvic inflammatory disease (PID)</source>
        <translation>Enfermedad inflamatoria pélvica (EIP) en el pasado</translation>
    </message>
    <message>
        <source>Recent uterine or tubal surgery</source>
        <translation>Cirugía reciente del útero o de las trompas</translation>
    </message>
    <message>
        <source>An inflammatory condition</source>
        <translation>Una enfermedad inflamatoria</translation>
    </message>
    <message>
        <source>A bleeding problem, or blood thinners (aspirin, warfarin, Coumadin)</source>
        <translation>Un problema de sangrado, o anticoagulantes (aspirina, warfarina, Coumadin)</translation>
    </message>
    <message>
        <source>Diabetes or a history of kidney problems</source>
        <translation>Diabetes o antecedentes de problemas renales</translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation>Asma</translation>
    </message>
    <message>
        <source>Every history question</source>
        <translation>Todas las preguntas de la historia clínica</translation>
    </message>
    <message>
        <source>Could she be pregnant</source>
        <translation>¿Podría estar embarazada?</translation>
    </message>
    <message>
        <source>Does she have periods</source>
        <translation>¿Tiene menstruación?</translation>
    </message>
    <message>
        <source>Is she bleeding today</source>
        <translation>¿Está sangrando hoy?</translation>
    </message>
    <message>
        <source>First day of the last period</source>
        <translation>Primer día de la última menstruación</translation>
    </message>
    <message>
        <source>Last day of flow</source>
        <translation>Último día de sangrado</translation>
    </message>
    <message>
        <source>Allergies reviewed</source>
        <translation>Alergias revisadas</translation>
    </message>
    <message>
        <source>Her two identifiers</source>
        <translation>Sus dos identificadores</translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation>El procedimiento</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation>Prueba de embarazo</translation>
    </message>
    <message>
        <source>Screening findings</source>
        <translation>Hallazgos del cribado</translation>
    </message>
    <message>
        <source>Balloon catheter</source>
        <translation>Catéter de balón</translation>
    </message>
    <message>
        <source>Cannula</source>
        <translation>Cánula</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <source>Dra.</source>
        <translation>Dra.</translation>
    </message>
    <message>
        <source>contrast</source>
        <translation>contraste</translation>
    </message>
    <message>
        <source>latex</source>
        <translation>látex</translation>
    </message>
    <message>
        <source>iodine</source>
        <translation>yodo</translation>
    </message>
    <message>
        <source>shellfish</source>
        <translation>mariscos</translation>
    </message>
    <message>
        <source>barium</source>
        <translation>bario</translation>
    </message>
    <message>
        <source>drug</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>food</source>
        <translation>alimento</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Block — no exam today</source>
        <translation>Bloqueo — sin estudio hoy</translation>
    </message>
    <message>
        <source>Stop — needs a radiologist</source>
        <translation>Alto — necesita un radiólogo</translation>
    </message>
    <message>
        <source>Caution — tell the radiologist</source>
        <translation>Precaución — avise al radiólogo</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Infertility work-up</source>
        <translation>Estudio de infertilidad</translation>
    </message>
    <message>
        <source>Recurrent pregnancy loss</source>
        <translation>Pérdida gestacional recurrente</translation>
    </message>
    <message>
        <source>Tubal ligation check</source>
        <translation>Control de ligadura de trompas</translation>
    </message>
    <message>
        <source>Essure/Adiana confirmation</source>
        <translation>Confirmación de Essure/Adiana</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Vasovagal reaction</source>
        <translation>Reacción vasovagal</translation>
    </message>
    <message>
        <source>Unable to cannulate</source>
        <translation>No se pudo canalizar</translation>
    </message>
    <message>
        <source>Contrast reaction</source>
        <translation>Reacción al contraste</translation>
    </message>
    <message>
        <source>open a patient&apos;s record</source>
        <translation>abrir el expediente de una paciente</translation>
    </message>
    <message>
        <source>register a patient</source>
        <translation>registrar a una paciente</translation>
    </message>
    <message>
        <source>change a patient&apos;s details</source>
        <translation>cambiar los datos de una paciente</translation>
    </message>
    <message>
        <source>book an exam</source>
        <translation>programar un estudio</translation>
    </message>
    <message>
        <source>check a patient in</source>
        <translation>registrar la llegada de una paciente</translation>
    </message>
    <message>
        <source>cancel or defer an exam</source>
        <translation>cancelar o aplazar un estudio</translation>
    </message>
    <message>
        <source>record the medical history</source>
        <translation>registrar la historia clínica</translation>
    </message>
    <message>
        <source>acknowledge a caution</source>
        <translation>confirmar una precaución</translation>
    </message>
    <message>
        <source>override a stop finding</source>
        <translation>autorizar un hallazgo de alto</translation>
    </message>
    <message>
        <source>record a radiologist&apos;s verbal approval</source>
        <translation>registrar la aprobación verbal de un radiólogo</translation>
    </message>
    <message>
        <source>co-sign a verbal approval</source>
        <translation>cofirmar una aprobación verbal</translation>
    </message>
    <message>
        <source>complete a checklist step</source>
        <translation>completar un paso de la lista de verificación</translation>
    </message>
    <message>
        <source>undo a checklist step</source>
        <translation>deshacer un paso de la lista de verificación</translation>
    </message>
    <message>
        <source>record the time-out</source>
        <translation>registrar la pausa de seguridad</translation>
    </message>
    <message>
        <source>stop an exam in progress</source>
        <translation>detener un estudio en curso</translation>
    </message>
    <message>
        <source>record the procedure</source>
        <translation>registrar el procedimiento</translation>
    </message>
    <message>
        <source>sign an exam</source>
        <translation>firmar un estudio</translation>
    </message>
    <message>
        <source>amend a completed exam</source>
        <translation>enmendar un estudio completado</translation>
    </message>
    <message>
        <source>print or save a document</source>
        <translation>imprimir o guardar un documento</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>ver el registro de auditoría</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>change the product list</source>
        <translation>cambiar la lista de productos</translation>
    </message>
    <message>
        <source>see the dose and quality report</source>
        <translation>ver el informe de dosis y calidad</translation>
    </message>
    <message>
        <source>Contrast agent</source>
        <translation>Medio de contraste</translation>
    </message>
    <message>
        <source>Catheter</source>
        <translation>Catéter</translation>
    </message>
    <message>
        <source>Radiologist override (signed)</source>
        <translation>Autorización del radiólogo (firmada)</translation>
    </message>
    <message>
        <source>Verbal radiologist approval</source>
        <translation>Aprobación verbal del radiólogo</translation>
    </message>
    <message>
        <source>Radiologist informed</source>
        <translation>Radiólogo informado</translation>
    </message>
    <message>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
    <message>
        <source>RIS: check</source>
        <translation>RIS: revisar</translation>
    </message>
    <message>
        <source>RIS: discontinued</source>
        <translation>RIS: suspendido</translation>
    </message>
    <message>
        <source>RIS: no longer listed</source>
        <translation>RIS: ya no aparece</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Technologist</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiólogo</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Exam summary</source>
        <translation>Resumen del estudio</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados posteriores</translation>
    </message>
    <message>
        <source>Preparation sheet</source>
        <translation>Hoja de preparación</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulario de consentimiento</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago propio</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation>Dolor intenso</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <source>Serum (blood)</source>
        <translation>Suero (sangre)</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Orina</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>the exam is scheduled</source>
        <translation>el estudio está programado</translation>
    </message>
    <message>
        <source>the exam is checked in</source>
        <translation>la paciente ya se registró</translation>
    </message>
    <message>
        <source>the exam is screened</source>
        <translation>el estudio ya se evaluó</translation>
    </message>
    <message>
        <source>the exam is in progress</source>
        <translation>el estudio está en curso</translation>
    </message>
    <message>
        <source>the exam is performed and awaits its signature</source>
        <translation>el estudio se realizó y espera su firma</translation>
    </message>
    <message>
        <source>the exam is signed and locked</source>
        <translation>el estudio está firmado y bloqueado</translation>
    </message>
    <message>
        <source>the exam was cancelled</source>
        <translation>el estudio se canceló</translation>
    </message>
    <message>
        <source>the exam was deferred</source>
        <translation>el estudio se aplazó</translation>
    </message>
    <message>
        <source>the exam was aborted</source>
        <translation>el estudio se interrumpió</translation>
    </message>
    <message>
        <source>is scheduled</source>
        <translation>está programado</translation>
    </message>
    <message>
        <source>is checked in</source>
        <translation>tiene la llegada registrada</translation>
    </message>
    <message>
        <source>is screened</source>
        <translation>ya se evaluó</translation>
    </message>
    <message>
        <source>is in progress</source>
        <translation>está en curso</translation>
    </message>
    <message>
        <source>is performed and awaits its signature</source>
        <translation>está realizado y espera su firma</translation>
    </message>
    <message>
        <source>is signed and locked</source>
        <translation>está firmado y bloqueado</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>se canceló</translation>
    </message>
    <message>
        <source>was deferred</source>
        <translation>se aplazó</translation>
    </message>
    <message>
        <source>was aborted</source>
        <translation>se interrumpió</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Needs the {roles} role</source>
        <translation>Requiere el rol de {roles}</translation>
    </message>
    <message>
        <source>the {roles} role</source>
        <translation>el rol de {roles}</translation>
    </message>
    <message>
        <source>Voided: answer changed</source>
        <translation>Anulada: cambió la respuesta</translation>
    </message>
    <message>
        <source> (voided: the answers changed)</source>
        <translation> (anulada: cambiaron las respuestas)</translation>
    </message>
    <message>
        <source> (awaiting co-signature)</source>
        <translation> (pendiente de cofirma)</translation>
    </message>
    <message>
        <source> (co-signed by {name})</source>
        <translation> (cofirmada por {name})</translation>
    </message>
    <message>
        <source> or </source>
        <comment>before a word that starts with the sound o</comment>
        <translation> u </translation>
    </message>
</context>
<context>
    <name>indication</name>
    <message>
        <source>infertility work-up</source>
        <translation>estudio de infertilidad</translation>
    </message>
    <message>
        <source>recurrent pregnancy loss</source>
        <translation>pérdida gestacional recurrente</translation>
    </message>
    <message>
        <source>tubal ligation check</source>
        <translation>control de ligadura de trompas</translation>
    </message>
    <message>
        <source>essure/adiana confirmation</source>
        <translation>confirmación de Essure/Adiana</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra indicación</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Server unreachable — changes are not being saved.</source>
        <translation>Servidor inaccesible — los cambios no se están guardando.</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>You are not allowed to {action}. This needs the {roles} role.</source>
        <translation>No tiene permiso para {action}. Esto requiere el rol de {roles}.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>must be true, false or null, not {value}</source>
        <translation>debe ser true, false o null, no {value}</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>debe ser texto, no {value}</translation>
    </message>
    <message>
        <source>at most 100 characters</source>
        <translation>como máximo 100 caracteres</translation>
    </message>
    <message>
        <source>must be an object, not {value}</source>
        <translation>debe ser un objeto, no {value}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>must be one of {allowed}, not {value}</source>
        <translation>debe ser uno de {allowed}, no {value}</translation>
    </message>
    <message>
        <source>must be a date like 2026-11-17, not {value}</source>
        <translation>debe ser una fecha como 2026-11-17, no {value}</translation>
    </message>
    <message>
        <source>must be a date and time like 2026-11-25T14:30:00-07:00, not {value}</source>
        <translation>debe ser una fecha y hora como 2026-11-25T14:30:00-07:00, no {value}</translation>
    </message>
    <message>
        <source>needs a UTC offset: {value!r} (e.g. 2026-11-25T14:30:00-07:00)</source>
        <translation>necesita un desfase UTC: {value!r} (p. ej., 2026-11-25T14:30:00-07:00)</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>debe ser un número, no {value}</translation>
    </message>
    <message>
        <source>must be between 30 and 45 °C</source>
        <translation>debe estar entre 30 y 45 °C</translation>
    </message>
    <message>
        <source>must be a list of names, not {value}</source>
        <translation>debe ser una lista de nombres, no {value}</translation>
    </message>
    <message>
        <source>must be a list, not {value}</source>
        <translation>debe ser una lista, no {value}</translation>
    </message>
    <message>
        <source>unknown value {value!r} ({allowed})</source>
        <translation>valor desconocido {value!r} ({allowed})</translation>
    </message>
    <message>
        <source>not a date: {value!r} (use 2026-11-17)</source>
        <translation>no es una fecha: {value!r} (use 2026-11-17)</translation>
    </message>
    <message>
        <source>not a date and time: {value!r} (use 2026-11-25T14:30:00-07:00)</source>
        <translation>no es una fecha y hora: {value!r} (use 2026-11-25T14:30:00-07:00)</translation>
    </message>
    <message>
        <source>out of range: {value!r}</source>
        <translation>fuera de rango: {value!r}</translation>
    </message>
    <message>
        <source>Step 2 needs the locker number for her personal items.</source>
        <translation>El paso 2 necesita el número de casillero de sus pertenencias.</translation>
    </message>
    <message>
        <source>Step 6 needs the time-out first: confirm identity, procedure, consent, allergies, pregnancy test and screening resolutions aloud, and record it.</source>
        <translation>El paso 6 necesita antes la pausa de seguridad: confirme en voz alta identidad, procedimiento, consentimiento, alergias, prueba de embarazo y resoluciones del cribado, y regístrela.</translation>
    </message>
    <message>
        <source>Only step 8 (delayed images) can be marked not needed.</source>
        <translation>Solo el paso 8 (imágenes tardías) puede marcarse como no necesario.</translation>
    </message>
    <message>
        <source>The delayed-images wait starts at step 8.</source>
        <translation>La espera de imágenes tardías empieza en el paso 8.</translation>
    </message>
    <message>
        <source>The delayed-images wait has already started.</source>
        <translation>La espera de imágenes tardías ya empezó.</translation>
    </message>
    <message>
        <source>No step is done yet, so there is nothing to undo.</source>
        <translation>Aún no hay ningún paso hecho: no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Give a reason for undoing the step.</source>
        <translation>Indique un motivo para deshacer el paso.</translation>
    </message>
    <message>
        <source>Step {step} was already done by {by} at {when}.</source>
        <translation>El paso {step} ya lo hizo {by} ({when}).</translation>
    </message>
    <message>
        <source>Step {step} was already done at {when}.</source>
        <translation>El paso {step} ya se hizo ({when}).</translation>
    </message>
    <message>
        <source>Step 1 needs the history complete: answer every history question first.</source>
        <translation>El paso 1 necesita la historia clínica completa: responda antes todas las preguntas.</translation>
    </message>
    <message>
        <source>Step 8: mark delayed images not needed, or start the delayed-images wait.</source>
        <translation>Paso 8: marque las imágenes tardías como no necesarias, o inicie la espera.</translation>
    </message>
    <message>
        <source>There is no step {step}; the checklist has steps 1 to {STEP_COUNT}.</source>
        <translation>No existe el paso {step}; la lista de verificación tiene los pasos 1 a {STEP_COUNT}.</translation>
    </message>
    <message>
        <source>Step {step} comes after step {current} ({value}), which is not done yet.</source>
        <translation>El paso {step} va después del paso {current} ({value}), que aún no está hecho.</translation>
    </message>
    <message>
        <source>Step {step} cannot be done before step {step2} was.</source>
        <translation>El paso {step} no puede hacerse antes que el paso {step2}.</translation>
    </message>
    <message>
        <source>Checklist events out of order: step {step} after step {value}.</source>
        <translation>Eventos de la lista de verificación fuera de orden: paso {step} después del paso {value}.</translation>
    </message>
    <message>
        <source>Step 1 needs screening resolved: {why}</source>
        <translation>El paso 1 necesita el cribado resuelto: {why}</translation>
    </message>
    <message>
        <source>Checklist events out of order: step {step} undone but not last.</source>
        <translation>Eventos de la lista de verificación fuera de orden: paso {step} deshecho sin ser el último.</translation>
    </message>
    <message>
        <source>type month/day/year, e.g. {EXAMPLE}</source>
        <translation>escriba mes/día/año, p. ej., {EXAMPLE}</translation>
    </message>
    <message>
        <source>type a temperature such as 36.8 °C or 98.6 °F</source>
        <translation>escriba una temperatura como 36.8 °C o 98.6 °F</translation>
    </message>
    <message>
        <source>{year} is not a year this form accepts (1900 or later)</source>
        <translation>{year} no es un año que este formulario acepte (1900 o posterior)</translation>
    </message>
    <message>
        <source>there is no month {month}: the month comes first (1–12), then the day</source>
        <translation>no existe el mes {month}: primero va el mes (1–12), luego el día</translation>
    </message>
    <message>
        <source>there is no day 0</source>
        <translation>no existe el día 0</translation>
    </message>
    <message>
        <source>February {year} has no 29th ({year} is not a leap year)</source>
        <translation>febrero de {year} no tiene día 29 ({year} no es bisiesto)</translation>
    </message>
    <message>
        <source>{month} has no {ordinal}</source>
        <translation>ese mes no tiene día {day}</translation>
    </message>
    <message>
        <source>no month has a day {day}</source>
        <translation>ningún mes tiene día {day}</translation>
    </message>
    <message>
        <source>type the year with 4 digits, e.g. {month}/{day}/19{yy} or {month}/{day}/20{yy}</source>
        <translation>escriba el año con 4 dígitos, p. ej., {month}/{day}/19{yy} o {month}/{day}/20{yy}</translation>
    </message>
    <message>
        <source>type the year with 4 digits, e.g. {EXAMPLE}</source>
        <translation>escriba el año con 4 dígitos, p. ej., {EXAMPLE}</translation>
    </message>
    <message>
        <source>{value} is in English only: enter it in {get}, or confirm that staff will explain it aloud.</source>
        <translation>{value} está solo en inglés: escríbalo en {get}, o confirme que el personal lo explicará en voz alta.</translation>
    </message>
    <message>
        <source>Unknown document {document!r}: choose one of {value}.</source>
        <translation>Documento desconocido {document!r}: elija uno de {value}.</translation>
    </message>
    <message>
        <source>Exam {id} was {value}: no {what}, because the exam did not start and no instrument was used.</source>
        <translation>Estudio {id}: {value}; no hay {what}, porque el estudio no empezó y no se usó ningún instrumento.</translation>
    </message>
    <message>
        <source>Exam {id} {state}: the summary prints once the exam is performed.</source>
        <translation>El estudio {id} {state}: el resumen se imprime cuando el estudio se ha realizado.</translation>
    </message>
    <message>
        <source>Exam {id} was stopped before the speculum and catheter (step 6): no aftercare sheet is needed.</source>
        <translation>El estudio {id} se detuvo antes del espéculo y el catéter (paso 6): no hace falta hoja de cuidados posteriores.</translation>
    </message>
    <message>
        <source>Exam {id}: the aftercare sheet prints once the catheter is removed (checklist step 9).</source>
        <translation>Estudio {id}: la hoja de cuidados posteriores se imprime cuando se retira el catéter (paso 9 de la lista de verificación).</translation>
    </message>
    <message>
        <source>Unknown document language {override!r}: choose en or es.</source>
        <translation>Idioma de documento desconocido {override!r}: elija en o es.</translation>
    </message>
    <message>
        <source>fluoroscopy {value:g} min (reference {reference:g} min)</source>
        <translation>fluoroscopia {value:g} min (referencia {reference:g} min)</translation>
    </message>
    <message>
        <source>KAP {value:g} Gy·cm² (reference {reference:g} Gy·cm²)</source>
        <translation>KAP {value:g} Gy·cm² (referencia {reference:g} Gy·cm²)</translation>
    </message>
    <message>
        <source>This {record} was changed on another workstation since you opened it. Your change was not saved: reopen it to see the new values.</source>
        <translation>{record} se cambió en otra estación de trabajo desde que lo abrió. Su cambio no se guardó: vuelva a abrirlo para ver los valores nuevos.</translation>
    </message>
    <message>
        <source>The exam is completed and locked; record an amendment instead.</source>
        <translation>El estudio está completado y bloqueado; registre una enmienda.</translation>
    </message>
    <message>
        <source>The exam {state}: it cannot become {target} (it can become: {allowed}).</source>
        <translation>El estudio {state}: no puede pasar a {target} (puede pasar a: {allowed}).</translation>
    </message>
    <message>
        <source>Give a reason for marking the exam {value}.</source>
        <translation>Indique un motivo para marcar el estudio como {value}.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>use digits, spaces and + ( ) - . only</source>
        <translation>use solo dígitos, espacios y + ( ) - .</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>está en el futuro</translation>
    </message>
    <message>
        <source>preparation sheet</source>
        <translation>hoja de preparación</translation>
    </message>
    <message>
        <source>consent form</source>
        <translation>formulario de consentimiento</translation>
    </message>
    <message>
        <source>aftercare sheet</source>
        <translation>hoja de cuidados posteriores</translation>
    </message>
    <message>
        <source>exam summary</source>
        <translation>resumen del estudio</translation>
    </message>
    <message>
        <source>Exam {id} was cancelled: no {what}, because this exam will not take place. Book a new exam to print one.</source>
        <translation>El estudio {id} se canceló: no hay {what}, porque este estudio no se realizará. Programe un estudio nuevo para poder imprimir.</translation>
    </message>
    <message>
        <source>Exam {id} was deferred: no {what} until it has a new date. Reschedule it first, then print.</source>
        <translation>El estudio {id} se aplazó: no hay {what} hasta que tenga una fecha nueva. Reprográmelo primero y luego imprima.</translation>
    </message>
    <message>
        <source>DICOM is not installed on this computer: install HSG Desk with its DICOM extra (pip install &apos;hsg-desk[dicom]&apos;).</source>
        <translation>DICOM no está instalado en este equipo: instale HSG Desk con su extra DICOM (pip install &apos;hsg-desk[dicom]&apos;).</translation>
    </message>
    <message>
        <source>{ae} at {host}:{port}</source>
        <translation>{ae} en {host}:{port}</translation>
    </message>
    <message>
        <source>{endpoint} refused the connection. Check the AE titles in the settings: we call {called} as {calling}.</source>
        <translation>{endpoint} rechazó la conexión. Revise los títulos AE en la configuración: llamamos a {called} como {calling}.</translation>
    </message>
    <message>
        <source>{endpoint} refused the {what} (status 0x{code:04X}).</source>
        <translation>{endpoint} rechazó {what} (estado 0x{code:04X}).</translation>
    </message>
    <message>
        <source>{endpoint} refused the connection (it does not accept our calling AE title). Check the AE titles in the settings: we call {called} as {calling}.</source>
        <translation>{endpoint} rechazó la conexión (no acepta nuestro título AE de origen). Revise los títulos AE en la configuración: llamamos a {called} como {calling}.</translation>
    </message>
    <message>
        <source>{endpoint} refused the connection (it does not know the called AE title). Check the AE titles in the settings: we call {called} as {calling}.</source>
        <translation>{endpoint} rechazó la conexión (no conoce el título AE llamado). Revise los títulos AE en la configuración: llamamos a {called} como {calling}.</translation>
    </message>
    <message>
        <source>{endpoint} refused the {what} (status 0x{code:04X}: {comment}).</source>
        <translation>{endpoint} rechazó {what} (estado 0x{code:04X}: {comment}).</translation>
    </message>
    <message>
        <source>{endpoint} did not complete the {what} within {timeout:g} s, or broke off the connection. Nothing was changed here; try again.</source>
        <translation>{endpoint} no completó {what} en {timeout:g} s, o cortó la conexión. Aquí no se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{endpoint} answered with something that is not DICOM, or closed the connection. Is this the right port?</source>
        <translation>{endpoint} respondió con algo que no es DICOM, o cerró la conexión. ¿Es este el puerto correcto?</translation>
    </message>
    <message>
        <source>{endpoint} does not offer this service (the SOP class was not accepted).</source>
        <translation>{endpoint} no ofrece este servicio (no se aceptó la clase SOP).</translation>
    </message>
    <message>
        <source>(any AE)</source>
        <translation>(cualquier AE)</translation>
    </message>
    <message>
        <source>No answer from {endpoint} within {timeout:g} s: is the server on, and the host and port right?</source>
        <translation>Sin respuesta de {endpoint} en {timeout:g} s: ¿está encendido el servidor, y son correctos el host y el puerto?</translation>
    </message>
    <message>
        <source>Cannot reach {endpoint}: {reason}. Is the server running, and are the host and port right?</source>
        <translation>No se puede conectar con {endpoint}: {reason}. ¿Está en marcha el servidor, y son correctos el host y el puerto?</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>{endpoint} did not answer within {timeout:g} s.</source>
        <translation>{endpoint} no respondió en {timeout:g} s.</translation>
    </message>
    <message>
        <source>A worklist entry could not be read: {reason}</source>
        <translation>No se pudo leer una entrada de la lista de trabajo: {reason}</translation>
    </message>
    <message>
        <source>worklist query</source>
        <translation>la consulta de la lista de trabajo</translation>
    </message>
    <message>
        <source>{endpoint} sent a worklist entry that cannot be read.</source>
        <translation>{endpoint} envió una entrada de la lista de trabajo que no se puede leer.</translation>
    </message>
    <message>
        <source>a check-in item</source>
        <translation>un dato del registro de llegada</translation>
    </message>
    <message>
        <source>part of the pregnancy test</source>
        <translation>un dato de la prueba de embarazo</translation>
    </message>
    <message>
        <source>contains {character}, which cannot be printed: remove it</source>
        <translation>contiene {character}, que no se puede imprimir: quítelo</translation>
    </message>
    <message>
        <source>at least {low:g} {unit}</source>
        <translation>como mínimo {low:g} {unit}</translation>
    </message>
    <message>
        <source>unknown {what} {value!r}</source>
        <translation>código desconocido: {value!r}</translation>
    </message>
    <message>
        <source>“{alone}” cannot go with a {what}</source>
        <translation>“{alone}” no puede ir con otra opción</translation>
    </message>
    <message>
        <source>not {what}</source>
        <translation>no es {what}</translation>
    </message>
    <message>
        <source>use letters, digits and &apos;-&apos; only (at most 20)</source>
        <translation>use solo letras, dígitos y &apos;-&apos; (como máximo 20)</translation>
    </message>
    <message>
        <source>choose English or Spanish</source>
        <translation>elija inglés o español</translation>
    </message>
    <message>
        <source>choose {choices} or leave it blank</source>
        <translation>elija {choices} o déjelo en blanco</translation>
    </message>
    <message>
        <source>is too long ({value} characters; at most {limit})</source>
        <translation>es demasiado largo ({value} caracteres; como máximo {limit})</translation>
    </message>
    <message>
        <source>is too long ({value} characters; at most {MAX_NAME})</source>
        <translation>es demasiado largo ({value} caracteres; como máximo {MAX_NAME})</translation>
    </message>
    <message>
        <source>contains {character}, which the printed documents cannot show: check the spelling</source>
        <translation>contiene {character}, que los documentos impresos no pueden mostrar: revise la ortografía</translation>
    </message>
    <message>
        <source>gives an age of {age}, outside {MIN_AGE}–{MAX_AGE}: check the year</source>
        <translation>da una edad de {age}, fuera de {MIN_AGE}–{MAX_AGE}: revise el año</translation>
    </message>
    <message>
        <source>a procedure record field</source>
        <translation>un campo del registro del procedimiento</translation>
    </message>
    <message>
        <source>a GTIN has 8, 12, 13 or 14 digits</source>
        <translation>un GTIN tiene 8, 12, 13 o 14 dígitos</translation>
    </message>
    <message>
        <source>the check digit (the last digit) is wrong: check the number</source>
        <translation>el dígito de control (el último) es incorrecto: revise el número</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>choose contrast agent or catheter</source>
        <translation>elija medio de contraste o catéter</translation>
    </message>
    <message>
        <source>Name the radiologist.</source>
        <translation>Indique el nombre del radiólogo.</translation>
    </message>
    <message>
        <source>An override needs the radiologist&apos;s reason.</source>
        <translation>Una autorización necesita el motivo del radiólogo.</translation>
    </message>
    <message>
        <source>The resolution must record who entered it.</source>
        <translation>La resolución debe registrar quién la introdujo.</translation>
    </message>
    <message>
        <source>Only a verbal approval is co-signed.</source>
        <translation>Solo se cofirma una aprobación verbal.</translation>
    </message>
    <message>
        <source>This approval was voided because the answers changed; it cannot be co-signed.</source>
        <translation>Esta aprobación se anuló porque cambiaron las respuestas; no se puede cofirmar.</translation>
    </message>
    <message>
        <source>{code} is a block: it cannot be overridden. Defer or cancel the exam.</source>
        <translation>{code} es un bloqueo: no se puede autorizar. Aplace o cancele el estudio.</translation>
    </message>
    <message>
        <source>{code} is for information only and needs no resolution.</source>
        <translation>{code} es solo informativo y no necesita resolución.</translation>
    </message>
    <message>
        <source>{code} is a stop: it needs a radiologist override, not an acknowledgement.</source>
        <translation>{code} es un alto: necesita la autorización de un radiólogo, no un simple aviso.</translation>
    </message>
    <message>
        <source>{code} is a caution: acknowledge that the radiologist was informed.</source>
        <translation>{code} es una precaución: confirme que se informó al radiólogo.</translation>
    </message>
    <message>
        <source>Already co-signed by {cosigned_by}.</source>
        <translation>Ya cofirmada por {cosigned_by}.</translation>
    </message>
    <message>
        <source>{code} blocks the exam: {message}</source>
        <translation>{code} impide el estudio: {message}</translation>
    </message>
    <message>
        <source>{code} needs a radiologist override (the earlier resolution was voided: the answers changed).</source>
        <translation>{code} necesita la autorización de un radiólogo (la resolución anterior se anuló: cambiaron las respuestas).</translation>
    </message>
    <message>
        <source>{code} needs an acknowledgement (the earlier resolution was voided: the answers changed).</source>
        <translation>{code} necesita que se avise al radiólogo (la resolución anterior se anuló: cambiaron las respuestas).</translation>
    </message>
    <message>
        <source>{code} needs a radiologist override.</source>
        <translation>{code} necesita la autorización de un radiólogo.</translation>
    </message>
    <message>
        <source>{code} needs an acknowledgement.</source>
        <translation>{code} necesita que se avise al radiólogo.</translation>
    </message>
    <message>
        <source>Unknown finding code {code!r}.</source>
        <translation>Código de hallazgo desconocido {code!r}.</translation>
    </message>
    <message>
        <source>is not a setting</source>
        <translation>no es una configuración</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>an AE title is at most 16 letters, digits or symbols (no \)</source>
        <translation>un título AE tiene como máximo 16 letras, dígitos o símbolos (sin \)</translation>
    </message>
    <message>
        <source>give our AE title, e.g. HSGDESK</source>
        <translation>indique nuestro título AE, p. ej., HSGDESK</translation>
    </message>
    <message>
        <source>give a host name or IP address, e.g. ris.clinic.local or 10.0.0.5</source>
        <translation>indique un nombre de host o una dirección IP, p. ej., ris.clinic.local o 10.0.0.5</translation>
    </message>
    <message>
        <source>a modality is a DICOM code such as RF (capitals, at most 16)</source>
        <translation>una modalidad es un código DICOM como RF (mayúsculas, como máximo 16)</translation>
    </message>
    <message>
        <source>at most 64 characters, without \</source>
        <translation>como máximo 64 caracteres, sin \</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <source>must be text of at most 200 characters</source>
        <translation>debe ser un texto de como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>must be one character (or empty for GS)</source>
        <translation>debe ser un carácter (o vacío para GS)</translation>
    </message>
    <message>
        <source>choose one or more of {value}</source>
        <translation>elija uno o más de {value}</translation>
    </message>
    <message>
        <source>choose one of {value}</source>
        <translation>elija uno de {value}</translation>
    </message>
    <message>
        <source>must be between {minimum:g} and {maximum:g} {unit}</source>
        <translation>debe estar entre {minimum:g} y {maximum:g} {unit}</translation>
    </message>
    <message>
        <source>must be between {minimum:g} and {maximum:g}</source>
        <translation>debe estar entre {minimum:g} y {maximum:g}</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>zona horaria desconocida {name!r}</translation>
    </message>
    <message>
        <source>is too long ({length:,} characters; at most {limit:,}): say it in a sentence or two</source>
        <translation>es demasiado largo ({length:,} caracteres; como máximo {limit:,}): dígalo en una o dos frases</translation>
    </message>
    <message>
        <source>needs a UTC offset (e.g. 2026-11-25T14:30:00-07:00)</source>
        <translation>necesita un desfase UTC (p. ej., 2026-11-25T14:30:00-07:00)</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>no puede estar en el futuro</translation>
    </message>
    <message>
        <source>the flow cannot end before the period began ({day})</source>
        <translation>el sangrado no puede terminar antes de que empezara el periodo ({day})</translation>
    </message>
    <message>
        <source>must be between {low:g} and {high:g} °C</source>
        <translation>debe estar entre {low:g} y {high:g} °C</translation>
    </message>
    <message>
        <source>the device cannot be placed after the exam date {day}</source>
        <translation>el dispositivo no puede colocarse después de la fecha del estudio, {day}</translation>
    </message>
    <message>
        <source>at most {TEXT_LIMIT} characters</source>
        <translation>como máximo {TEXT_LIMIT} caracteres</translation>
    </message>
    <message>
        <source>must be before the exam date {day}</source>
        <translation>debe ser anterior a la fecha del estudio, {day}</translation>
    </message>
    <message>
        <source>the last period cannot start after the exam date {day}</source>
        <translation>el último periodo no puede empezar después de la fecha del estudio, {day}</translation>
    </message>
    <message>
        <source>cannot be before her birth date {day}</source>
        <translation>no puede ser anterior a su fecha de nacimiento, {day}</translation>
    </message>
    <message>
        <source>the result cannot arrive before the test was collected ({when})</source>
        <translation>el resultado no puede llegar antes de que se tomara la muestra ({when})</translation>
    </message>
    <message>
        <source>{record}: {field}</source>
        <translation>{record}: {field}</translation>
    </message>
    <message>
        <source>the corrected value</source>
        <translation>el valor corregido</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes o no (en inglés)</translation>
    </message>
    <message>
        <source>no, possible or yes</source>
        <translation>no, possible o yes (en inglés)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>e.g. 36.8 or 98.6 °F</source>
        <translation>p. ej., 36.8 o 98.6 °F</translation>
    </message>
    <message>
        <source>e.g. none, or vasovagal, bleeding</source>
        <translation>p. ej., none, o vasovagal, bleeding (en inglés)</translation>
    </message>
    <message>
        <source>type yes or no</source>
        <translation>escriba yes o no (en inglés)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{complications}</source>
        <translation>{complications}</translation>
    </message>
    <message>
        <source>name the complications, e.g. none, or vasovagal, bleeding</source>
        <translation>indique las complicaciones en inglés, p. ej., none, o vasovagal, bleeding</translation>
    </message>
    <message>
        <source>is not a field that can be amended</source>
        <translation>no es un campo que se pueda enmendar</translation>
    </message>
    <message>
        <source>the new value is the same as the old one</source>
        <translation>el valor nuevo es igual al anterior</translation>
    </message>
    <message>
        <source>type no, possible or yes</source>
        <translation>escriba no, possible o yes (en inglés)</translation>
    </message>
    <message>
        <source>Setup was already done: sign in with an existing account.</source>
        <translation>La configuración inicial ya se hizo: inicie sesión con una cuenta existente.</translation>
    </message>
    <message>
        <source>is not a facility detail</source>
        <translation>no es un dato del centro</translation>
    </message>
    <message>
        <source>{display_name} does not hold the {value} role.</source>
        <translation>{display_name} no tiene el rol de {value}.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>El escaneo está vacío.</translation>
    </message>
    <message>
        <source>No GTIN (AI 01) in the scan: not a product label.</source>
        <translation>No hay GTIN (IA 01) en el escaneo: no es una etiqueta de producto.</translation>
    </message>
    <message>
        <source>Not a GS1 barcode: the scanner reports symbology {value!r}.</source>
        <translation>No es un código de barras GS1: el escáner indica la simbología {value!r}.</translation>
    </message>
    <message>
        <source>Bad check digit in GTIN {value}: {value2}</source>
        <translation>Dígito de control incorrecto en el GTIN {value}: {value2}</translation>
    </message>
    <message>
        <source>Unknown symbology identifier {value!r}.</source>
        <translation>Identificador de simbología desconocido {value!r}.</translation>
    </message>
    <message>
        <source>assuming {days} days of flow (setting: Typical days of flow)</source>
        <translation>suponiendo {days} días de sangrado (configuración: Días habituales de sangrado)</translation>
    </message>
    <message>
        <source>from the day after her flow ended on {day}</source>
        <translation>desde el día siguiente al fin de su sangrado, el {day}</translation>
    </message>
    <message>
        <source>Days that fit: {first} – {last}, {basis}; blood test at or after {test}</source>
        <translation>Días que encajan: {first} – {last}, {basis}; análisis de sangre a partir del {test}</translation>
    </message>
    <message>
        <source>Days that fit: {first} – {last}, {basis}</source>
        <translation>Días que encajan: {first} – {last}, {basis}</translation>
    </message>
    <message>
        <source>{day} is cycle day {cycle}: she may still be bleeding. The first day that fits is {first}.</source>
        <translation>El {day} es el día {cycle} del ciclo: puede que aún esté sangrando. El primer día que encaja es el {first}.</translation>
    </message>
    <message>
        <source>The last period starts after the exam date: check the dates.</source>
        <translation>El último periodo empieza después de la fecha del estudio: revise las fechas.</translation>
    </message>
    <message>
        <source>Last period unknown: ask her to call on day 1 of her next period. The blood test at or after {test}.</source>
        <translation>Último periodo desconocido: pídale que llame el día 1 de su próximo periodo. El análisis de sangre, a partir del {test}.</translation>
    </message>
    <message>
        <source>Last period unknown: ask her to call on day 1 of her next period.</source>
        <translation>Último periodo desconocido: pídale que llame el día 1 de su próximo periodo.</translation>
    </message>
    <message>
        <source>{day} is cycle day {cycle}, after day {last_cycle_day}: she may have ovulated. Book in her next cycle, or now if her period has not started yet and she will call to move it.</source>
        <translation>El {day} es el día {cycle} del ciclo, después del día {last_cycle_day}: puede haber ovulado. Programe en su próximo ciclo, o ahora si su periodo aún no ha empezado y ella llamará para cambiarlo.</translation>
    </message>
    <message>
        <source>Only a deferred exam can be rescheduled; this one {state}.</source>
        <translation>Solo se reprograma un estudio aplazado; este {state}.</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>use an amount such as 150.00</source>
        <translation>use un importe como 150.00</translation>
    </message>
    <message>
        <source>Verify her two identifiers (full name and date of birth) first.</source>
        <translation>Verifique antes sus dos identificadores (nombre completo y fecha de nacimiento).</translation>
    </message>
    <message>
        <source>She is already checked in (the exam {state}).</source>
        <translation>Ya tiene la llegada registrada (el estudio {state}).</translation>
    </message>
    <message>
        <source>The exam {state}: check-in can no longer be changed.</source>
        <translation>El estudio {state}: el registro ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>give the date and the time</source>
        <translation>indique la fecha y la hora</translation>
    </message>
    <message>
        <source>the result cannot arrive before the blood was collected</source>
        <translation>el resultado no puede llegar antes de que se tomara la sangre</translation>
    </message>
    <message>
        <source>choose {value}</source>
        <translation>elija {value}</translation>
    </message>
    <message>
        <source>Cannot record {action!r} of the day sheet in {language!r}.</source>
        <translation>No se puede registrar {action!r} de la hoja del día en {language!r}.</translation>
    </message>
    <message>
        <source>demo-db writes a new file, never a server&apos;s database. Choose a file name.</source>
        <translation>demo-db escribe un archivo nuevo, nunca la base de datos de un servidor. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{path} is this workstation&apos;s clinic database: demo-db never writes there. Choose another file.</source>
        <translation>{path} es la base de datos de la clínica de esta estación: demo-db nunca escribe ahí. Elija otro archivo.</translation>
    </message>
    <message>
        <source>{path} exists and is not a demo database: demo-db never replaces it. Choose a new file name.</source>
        <translation>{path} existe y no es una base de datos de demostración: demo-db nunca la reemplaza. Elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>{path} is a demo database already; add --force to replace it.</source>
        <translation>{path} ya es una base de datos de demostración; añada --force para reemplazarla.</translation>
    </message>
    <message>
        <source>Unsupported language {language!r} for the {kind}: choose one of {value}.</source>
        <translation>Idioma no admitido {language!r} para {kind}: elija uno de {value}.</translation>
    </message>
    <message>
        <source>Cannot record {action!r} of {document!r} in {language!r}.</source>
        <translation>No se puede registrar {action!r} de {document!r} en {language!r}.</translation>
    </message>
    <message>
        <source>There is no exam {exam_id}.</source>
        <translation>No existe el estudio {exam_id}.</translation>
    </message>
    <message>
        <source>not a history question</source>
        <translation>no es una pregunta de la historia clínica</translation>
    </message>
    <message>
        <source>Only a signed exam is amended; edit the record directly until then.</source>
        <translation>Solo se enmienda un estudio firmado; hasta entonces, edite el registro directamente.</translation>
    </message>
    <message>
        <source>say why the record is corrected</source>
        <translation>diga por qué se corrige el registro</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>The exam {state}: the history can no longer change.</source>
        <translation>El estudio {state}: la historia clínica ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Step 1 is done: undo it to change the history.</source>
        <translation>El paso 1 está hecho: deshágalo para cambiar la historia clínica.</translation>
    </message>
    <message>
        <source>That allergy entry is not this patient&apos;s.</source>
        <translation>Esa alergia no es de esta paciente.</translation>
    </message>
    <message>
        <source>The time-out is recorded during the procedure, before step 6.</source>
        <translation>La pausa de seguridad se registra durante el procedimiento, antes del paso 6.</translation>
    </message>
    <message>
        <source>Step 6 is already done.</source>
        <translation>El paso 6 ya está hecho.</translation>
    </message>
    <message>
        <source>name the team members who confirmed</source>
        <translation>nombre a los miembros del equipo que confirmaron</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>The exam is signed and locked: record an amendment instead.</source>
        <translation>El estudio está firmado y bloqueado: registre una enmienda.</translation>
    </message>
    <message>
        <source>The procedure record opens once the procedure has started (step 2).</source>
        <translation>El registro del procedimiento se abre cuando el procedimiento ha empezado (paso 2).</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The exam {state}: the checklist is closed.</source>
        <translation>El estudio {state}: la lista de verificación está cerrada.</translation>
    </message>
    <message>
        <source>Step 2 started the exam and cannot be undone; abort the exam if it must stop.</source>
        <translation>El paso 2 inició el estudio y no se puede deshacer; interrumpa el estudio si debe detenerse.</translation>
    </message>
    <message>
        <source>Confirm aloud and tick {items}</source>
        <translation>Confirme en voz alta y marque: {items}</translation>
    </message>
    <message>
        <source>The exam is already signed.</source>
        <translation>El estudio ya está firmado.</translation>
    </message>
    <message>
        <source>All ten checklist steps must be done.</source>
        <translation>Deben estar hechos los diez pasos de la lista de verificación.</translation>
    </message>
    <message>
        <source>The exam cannot be signed yet: {problems}</source>
        <translation>El estudio aún no se puede firmar: {problems}</translation>
    </message>
    <message>
        <source>not a date: {value!r}</source>
        <translation>no es una fecha: {value!r}</translation>
    </message>
    <message>
        <source>not a temperature: {value!r}</source>
        <translation>no es una temperatura: {value!r}</translation>
    </message>
    <message>
        <source>Step 1 needs the history complete. Still unanswered: {questions}.</source>
        <translation>El paso 1 necesita la historia clínica completa. Sin responder: {questions}.</translation>
    </message>
    <message>
        <source>The exam {state}: its steps can no longer be undone.</source>
        <translation>El estudio {state}: sus pasos ya no se pueden deshacer.</translation>
    </message>
    <message>
        <source>{finding} ({code})</source>
        <translation>{finding} ({code})</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>enviado el {when}</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>falló: {reason}</translation>
    </message>
    <message>
        <source>waiting (next try {when}): {reason}</source>
        <translation>en espera (próximo intento el {when}): {reason}</translation>
    </message>
    <message>
        <source>choose “None” if there were none</source>
        <translation>elija “Ninguna” si no hubo</translation>
    </message>
    <message>
        <source>how severe was the contrast reaction?</source>
        <translation>¿qué tan grave fue la reacción al contraste?</translation>
    </message>
    <message>
        <source>describe the other complication</source>
        <translation>describa la otra complicación</translation>
    </message>
    <message>
        <source>fluoroscopy over {minutes:g} minutes (a typical HSG needs about one): add a note</source>
        <translation>fluoroscopia de más de {minutes:g} minutos (una HSG típica necesita alrededor de uno): añada una nota</translation>
    </message>
    <message>
        <source>above the local reference level: {doses}: add a short note</source>
        <translation>por encima del nivel de referencia local: {doses}: añada una nota breve</translation>
    </message>
    <message>
        <source>the device protocol asks for at least {images} images: add a note</source>
        <translation>el protocolo del dispositivo pide al menos {images} imágenes: añada una nota</translation>
    </message>
    <message>
        <source>Above the local reference level: {doses}</source>
        <translation>Por encima del nivel de referencia local: {doses}</translation>
    </message>
    <message>
        <source>a GTIN-14 (14 digits)</source>
        <translation>un GTIN-14 (14 dígitos)</translation>
    </message>
    <message>
        <source>choose balloon catheter, cannula or other</source>
        <translation>elija catéter de balón, cánula u otro</translation>
    </message>
    <message>
        <source>at most {value} characters</source>
        <translation>como máximo {value} caracteres</translation>
    </message>
    <message>
        <source>type a number</source>
        <translation>escriba un número</translation>
    </message>
    <message>
        <source>at most {high:g} {unit}</source>
        <translation>como máximo {high:g} {unit}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>not on the product list</source>
        <translation>no está en la lista de productos</translation>
    </message>
    <message>
        <source>not a product field</source>
        <translation>no es un campo de producto</translation>
    </message>
    <message>
        <source>choose the agent from the contrast list</source>
        <translation>elija el medio de la lista de contrastes</translation>
    </message>
    <message>
        <source>already on the list as {name}</source>
        <translation>ya está en la lista como {name}</translation>
    </message>
    <message>
        <source>the last day comes before the first</source>
        <translation>el último día es anterior al primero</translation>
    </message>
    <message>
        <source>choose a period of at most ten years</source>
        <translation>elija un periodo de como máximo diez años</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>Orders from RIS, {when}: FAILED — {reason}</source>
        <translation>Órdenes del RIS, {when}: FALLÓ — {reason}</translation>
    </message>
    <message>
        <source>No worklist server is set up: an admin enters it under Admin › Settings (Worklist server: host, port, called AE title).</source>
        <translation>No hay servidor de lista de trabajo configurado: un administrador lo introduce en Administración › Configuración (Servidor de lista de trabajo: host, puerto, título AE llamado).</translation>
    </message>
    <message>
        <source>the last day is before the first</source>
        <translation>el último día es anterior al primero</translation>
    </message>
    <message>
        <source>pull at most 31 days at a time</source>
        <translation>traiga como máximo 31 días a la vez</translation>
    </message>
    <message>
        <source>Orders from RIS, {when}: {summary}.</source>
        <translation>Órdenes del RIS, {when}: {summary}.</translation>
    </message>
    <message>
        <source>give the worklist server as HOST:PORT, e.g. 10.0.0.5:104</source>
        <translation>indique el servidor de lista de trabajo como HOST:PUERTO, p. ej., 10.0.0.5:104</translation>
    </message>
    <message>
        <source>This order no longer waits for a decision.</source>
        <translation>Esta orden ya no espera una decisión.</translation>
    </message>
    <message>
        <source>The RIS sent no start date for this order: it cannot be booked.</source>
        <translation>El RIS no envió fecha de inicio para esta orden: no se puede programar.</translation>
    </message>
    <message>
        <source>The RIS&apos;s referring physician&apos;s name {problem}. Correct it in the RIS, or book the exam by hand.</source>
        <translation>El nombre del médico remitente que envió el RIS {problem}. Corríjalo en el RIS o programe el estudio a mano.</translation>
    </message>
    <message>
        <source>{count} order</source>
        <translation>{count} orden</translation>
    </message>
    <message>
        <source>a user account detail</source>
        <translation>un dato de la cuenta de usuario</translation>
    </message>
    <message>
        <source>a booking detail</source>
        <translation>un dato de la cita</translation>
    </message>
    <message>
        <source>Choose the exam date.</source>
        <translation>Elija la fecha del estudio.</translation>
    </message>
    <message>
        <source>The date is in the past: only a late entry, confirmed as such, may be.</source>
        <translation>La fecha ya pasó: solo se admite una entrada tardía, confirmada como tal.</translation>
    </message>
    <message>
        <source>Give the time, e.g. 9:30 AM.</source>
        <translation>Indique la hora, p. ej., 9:30 a. m.</translation>
    </message>
    <message>
        <source>This time has already passed: only a late entry, confirmed as such, may be.</source>
        <translation>Esta hora ya pasó: solo se admite una entrada tardía, confirmada como tal.</translation>
    </message>
    <message>
        <source>Give the date the device was placed.</source>
        <translation>Indique la fecha en que se colocó el dispositivo.</translation>
    </message>
    <message>
        <source>The placement date must be a past date.</source>
        <translation>La fecha de colocación debe ser una fecha pasada.</translation>
    </message>
    <message>
        <source>The last period is before her birth date.</source>
        <translation>El último periodo es anterior a su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>The last period starts after the exam date.</source>
        <translation>El último periodo empieza después de la fecha del estudio.</translation>
    </message>
    <message>
        <source>Give the day her last period began too.</source>
        <translation>Indique también el día en que empezó su último periodo.</translation>
    </message>
    <message>
        <source>The flow cannot end before the period began.</source>
        <translation>El sangrado no puede terminar antes de que empezara el periodo.</translation>
    </message>
    <message>
        <source>This day is still to come: leave it blank until her flow has ended.</source>
        <translation>Este día aún no ha llegado: déjelo en blanco hasta que termine el sangrado.</translation>
    </message>
    <message>
        <source>Enter the order in {language} too: her aftercare sheet prints it.</source>
        <translation>Escriba la indicación también en su idioma ({language}): su hoja de cuidados posteriores la imprime.</translation>
    </message>
    <message>
        <source>a patient&apos;s detail</source>
        <translation>un dato de la paciente</translation>
    </message>
    <message>
        <source>a setting</source>
        <translation>un ajuste</translation>
    </message>
    <message>
        <source>Already used by {name} (born {birth_date}).</source>
        <translation>Ya lo tiene {name} (nacida el {birth_date}).</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>{count} órdenes</translation>
    </message>
    <message>
        <source>{count} booked</source>
        <translation>{count} programadas</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} actualizadas</translation>
    </message>
    <message>
        <source>{count} to check</source>
        <translation>{count} por revisar</translation>
    </message>
    <message>
        <source>{count} no longer listed</source>
        <translation>{count} ya no listadas</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>The RIS sent no {fields}.</source>
        <translation>El RIS no envió {fields}.</translation>
    </message>
    <message>
        <source>Possibly already registered under another MRN ({records}).</source>
        <translation>Posiblemente ya registrada con otro número de expediente ({records}).</translation>
    </message>
    <message>
        <source>The RIS&apos;s patient ID {patient_id!r} cannot be an MRN here.</source>
        <translation>El ID de paciente del RIS {patient_id!r} no puede ser un número de expediente aquí.</translation>
    </message>
    <message>
        <source>MRN {mrn} is {name}, born {birth_date}, here; the RIS sends other details. Check before booking.</source>
        <translation>El expediente {mrn} es {name}, nacida el {birth_date}, aquí; el RIS envía otros datos. Revise antes de programar.</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>expediente {mrn}</translation>
    </message>
    <message>
        <source>The RIS&apos;s patient details cannot be registered: {reason}.</source>
        <translation>Los datos de la paciente del RIS no se pueden registrar: {reason}.</translation>
    </message>
    <message>
        <source>patient ID</source>
        <translation>ID de paciente</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>This finding of the procedure (an agent that matches her allergy, an expired product) needs the radiologist&apos;s own confirmation, by name and password; a verbal approval is not enough.</source>
        <translation>Este hallazgo del procedimiento (un medio que coincide con su alergia, un producto caducado) necesita la confirmación del propio radiólogo, con nombre y contraseña; una aprobación verbal no basta.</translation>
    </message>
    <message>
        <source>{code} is no longer a finding of this exam.</source>
        <translation>{code} ya no es un hallazgo de este estudio.</translation>
    </message>
    <message>
        <source>Already co-signed by {value}.</source>
        <translation>Ya cofirmada por {value}.</translation>
    </message>
    <message>
        <source>This approval names {value}; only they can co-sign it.</source>
        <translation>Esta aprobación nombra a {value}; solo esa persona puede cofirmarla.</translation>
    </message>
    <message>
        <source>Screening is closed: the exam {state}.</source>
        <translation>El cribado está cerrado: el estudio {state}.</translation>
    </message>
    <message>
        <source>Unanswered: {questions}.</source>
        <translation>Sin responder: {questions}.</translation>
    </message>
    <message>
        <source>{display_name} does not hold the radiologist role.</source>
        <translation>{display_name} no tiene el rol de radiólogo.</translation>
    </message>
    <message>
        <source>{method} {result}, collected {collected}, result received {received}</source>
        <translation>{method} {result}, tomada el {collected}, resultado recibido el {received}</translation>
    </message>
    <message>
        <source>{name}, born {born}</source>
        <translation>{name}, nacida el {born}</translation>
    </message>
    <message>
        <source>NOT signed</source>
        <translation>NO firmado</translation>
    </message>
    <message>
        <source>signed {when}</source>
        <translation>firmado el {when}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>she refused the test</source>
        <translation>rechazó la prueba</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>{method} {result}, collected {collected}</source>
        <translation>{method} {result}, tomada el {collected}</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ninguno abierto</translation>
    </message>
    <message>
        <source>hysterosalpingogram (HSG) for {indication}</source>
        <translation>histerosalpingografía (HSG) por {indication}</translation>
    </message>
    <message>
        <source>hysterosalpingogram (HSG)</source>
        <translation>histerosalpingografía (HSG)</translation>
    </message>
    <message>
        <source>use 2 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>use de 2 a 40 letras, dígitos, puntos, guiones o guiones bajos, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>enter the person&apos;s name (at most 100 characters)</source>
        <translation>escriba el nombre de la persona (como máximo 100 caracteres)</translation>
    </message>
    <message>
        <source>choose at least one role</source>
        <translation>elija al menos un rol</translation>
    </message>
    <message>
        <source>You cannot disable your own account while signed in with it.</source>
        <translation>No puede desactivar su propia cuenta mientras tiene la sesión iniciada con ella.</translation>
    </message>
    <message>
        <source>choose a password different from the old one</source>
        <translation>elija una contraseña distinta de la anterior</translation>
    </message>
    <message>
        <source>use at least {MIN_PASSWORD} characters</source>
        <translation>use al menos {MIN_PASSWORD} caracteres</translation>
    </message>
    <message>
        <source>use at most {MAX_PASSWORD} characters</source>
        <translation>use como máximo {MAX_PASSWORD} caracteres</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>rol desconocido</translation>
    </message>
    <message>
        <source>This is the only active admin. Give another user the admin role first.</source>
        <translation>Es el único administrador activo. Dé antes el rol de administrador a otro usuario.</translation>
    </message>
    <message>
        <source>choose one of {value}, or the system&apos;s language</source>
        <translation>elija uno de {value}, o el idioma del sistema</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print document</source>
        <translation>Imprimir documento</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The pages could not be prepared for the printer: {reason}</source>
        <translation>No se pudieron preparar las páginas para la impresora: {reason}</translation>
    </message>
    <message>
        <source>the PDF could not be read ({error})</source>
        <translation>no se pudo leer el PDF ({error})</translation>
    </message>
</context>
<context>
    <name>procedure field</name>
    <message>
        <source>Contrast agent</source>
        <translation>Medio de contraste</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Contrast lot</source>
        <translation>Lote del contraste</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Catheter type</source>
        <translation>Tipo de catéter</translation>
    </message>
    <message>
        <source>Catheter lot</source>
        <translation>Lote del catéter</translation>
    </message>
    <message>
        <source>Fluoroscopy time</source>
        <translation>Tiempo de fluoroscopia</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Air kerma</source>
        <translation>Kerma en aire</translation>
    </message>
    <message>
        <source>Kerma-area product</source>
        <translation>Producto kerma-área</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Complicaciones</translation>
    </message>
    <message>
        <source>Reaction severity</source>
        <translation>Gravedad de la reacción</translation>
    </message>
    <message>
        <source>Other complication</source>
        <translation>Otra complicación</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiólogo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note on the fluoroscopy time</source>
        <translation>Nota sobre el tiempo de fluoroscopia</translation>
    </message>
    <message>
        <source>Note on the number of images</source>
        <translation>Nota sobre el número de imágenes</translation>
    </message>
    <message>
        <source>Note on the expired contrast</source>
        <translation>Nota sobre el contraste caducado</translation>
    </message>
    <message>
        <source>Catheter product</source>
        <translation>Producto del catéter</translation>
    </message>
    <message>
        <source>Catheter expiry date</source>
        <translation>Fecha de caducidad del catéter</translation>
    </message>
    <message>
        <source>Contrast GTIN</source>
        <translation>GTIN del contraste</translation>
    </message>
    <message>
        <source>Catheter GTIN</source>
        <translation>GTIN del catéter</translation>
    </message>
    <message>
        <source>Note on a dose above the reference level</source>
        <translation>Nota sobre una dosis superior al nivel de referencia</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>history</source>
        <translation>La historia clínica</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>El registro de llegada</translation>
    </message>
    <message>
        <source>patient&apos;s record</source>
        <translation>El expediente de la paciente</translation>
    </message>
    <message>
        <source>procedure record</source>
        <translation>El registro del procedimiento</translation>
    </message>
    <message>
        <source>pregnancy test</source>
        <translation>La prueba de embarazo</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>El estudio</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>La configuración</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>La cuenta de usuario</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>La resolución</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Facility name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Facility address</source>
        <translation>Dirección del centro</translation>
    </message>
    <message>
        <source>Facility phone</source>
        <translation>Teléfono del centro</translation>
    </message>
    <message>
        <source>Facility fax</source>
        <translation>Fax del centro</translation>
    </message>
    <message>
        <source>Time zone (IANA name)</source>
        <translation>Zona horaria (nombre IANA)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Informed consent required</source>
        <translation>Consentimiento informado obligatorio</translation>
    </message>
    <message>
        <source>Pregnancy test window</source>
        <translation>Vigencia de la prueba de embarazo</translation>
    </message>
    <message>
        <source>Accepted pregnancy test methods</source>
        <translation>Métodos aceptados de prueba de embarazo</translation>
    </message>
    <message>
        <source>Last cycle day for the exam</source>
        <translation>Último día del ciclo para el estudio</translation>
    </message>
    <message>
        <source>Typical days of flow (booking window)</source>
        <translation>Días habituales de sangrado (ventana para programar)</translation>
    </message>
    <message>
        <source>Fever threshold</source>
        <translation>Umbral de fiebre</translation>
    </message>
    <message>
        <source>Wait after device placement</source>
        <translation>Espera tras la colocación del dispositivo</translation>
    </message>
    <message>
        <source>Delayed images limit</source>
        <translation>Límite para imágenes tardías</translation>
    </message>
    <message>
        <source>Fluoroscopy time that asks for a note</source>
        <translation>Tiempo de fluoroscopia que pide una nota</translation>
    </message>
    <message>
        <source>Images for device confirmation</source>
        <translation>Imágenes para confirmar el dispositivo</translation>
    </message>
    <message>
        <source>Aftercare avoid period</source>
        <translation>Periodo de precauciones tras el estudio</translation>
    </message>
    <message>
        <source>Failed logins before lock</source>
        <translation>Intentos fallidos antes del bloqueo</translation>
    </message>
    <message>
        <source>Account lock after failed logins</source>
        <translation>Bloqueo de la cuenta tras intentos fallidos</translation>
    </message>
    <message>
        <source>Automatic lock when idle</source>
        <translation>Bloqueo automático por inactividad</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backup copies kept</source>
        <translation>Copias de seguridad que se conservan</translation>
    </message>
    <message>
        <source>Barcode scanner prefix (if the scanner is set to send one)</source>
        <translation>Prefijo del lector de códigos de barras (si el lector envía uno)</translation>
    </message>
    <message>
        <source>Barcode scanner field separator, if not GS (one character)</source>
        <translation>Separador de campos del lector, si no es GS (un carácter)</translation>
    </message>
    <message>
        <source>Barcode scan: longest pause between keystrokes</source>
        <translation>Escaneo: pausa máxima entre pulsaciones</translation>
    </message>
    <message>
        <source>Room contrast agent</source>
        <translation>Medio de contraste de la sala</translation>
    </message>
    <message>
        <source>Local reference level: fluoroscopy time</source>
        <translation>Nivel de referencia local: tiempo de fluoroscopia</translation>
    </message>
    <message>
        <source>Local reference level: KAP</source>
        <translation>Nivel de referencia local: KAP</translation>
    </message>
    <message>
        <source>DICOM: our AE title (calling)</source>
        <translation>DICOM: nuestro AE title (el que llama)</translation>
    </message>
    <message>
        <source>Worklist server: host (blank: no RIS)</source>
        <translation>Servidor de lista de trabajo: host (en blanco: sin RIS)</translation>
    </message>
    <message>
        <source>Worklist server: port</source>
        <translation>Servidor de lista de trabajo: puerto</translation>
    </message>
    <message>
        <source>Worklist server: called AE title</source>
        <translation>Servidor de lista de trabajo: AE title llamado</translation>
    </message>
    <message>
        <source>Worklist filter: scheduled station AE title</source>
        <translation>Filtro de la lista: AE title de la estación programada</translation>
    </message>
    <message>
        <source>Worklist filter: modality</source>
        <translation>Filtro de la lista: modalidad</translation>
    </message>
    <message>
        <source>Worklist filter: procedure code or description</source>
        <translation>Filtro de la lista: código o descripción del procedimiento</translation>
    </message>
    <message>
        <source>Get orders from RIS every (0: on demand only)</source>
        <translation>Obtener órdenes del RIS cada (0: solo a pedido)</translation>
    </message>
    <message>
        <source>MPPS destination: host (blank: send none)</source>
        <translation>Destino MPPS: host (en blanco: no enviar)</translation>
    </message>
    <message>
        <source>MPPS destination: port</source>
        <translation>Destino MPPS: puerto</translation>
    </message>
    <message>
        <source>MPPS destination: called AE title</source>
        <translation>Destino MPPS: AE title llamado</translation>
    </message>
    <message>
        <source>Send MPPS for local exams</source>
        <translation>Enviar MPPS de estudios locales</translation>
    </message>
    <message>
        <source>DICOM network timeout</source>
        <translation>Tiempo de espera de la red DICOM</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Gy·cm²</source>
        <translation>Gy·cm²</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
</context>
<context>
    <name>test</name>
    <message>
        <source>serum</source>
        <translation>sangre</translation>
    </message>
    <message>
        <source>urine</source>
        <translation>orina</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativa</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiva</translation>
    </message>
    <message>
        <source>indeterminate</source>
        <translation>indeterminada</translation>
    </message>
</context>
</TS>
