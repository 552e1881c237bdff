<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>yyyy-MM-dd</translation>
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
        <translation>&amp;Filtrar</translation>
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
        <translation>h:mm AP</translation>
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
        <translation>Formulario de consentimiento…</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Hoja de cuidados posteriores…</translation>
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
        <translation>&amp;Método</translation>
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
        <translation>&amp;Tomada el</translation>
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
        <translation>Resultado r&amp;ecibido</translation>
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
        <translation>Seguro mé&amp;dico</translation>
    </message>
    <message>
        <source>Se&amp;lf-pay</source>
        <translation>&amp;Pago propio</translation>
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
        <translation>Se le informó que los estudios de infertilidad a menudo no están cubiertos</translation>
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
        <translation>Nombre del &amp;centro</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
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
        <translation>&amp;Tamaño del papel</translation>
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
        <translation>Hallazgos de la evaluación</translation>
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
        <translation>&amp;Abrir estudio</translation>
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
        <translation>&amp;Estudio</translation>
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
        <translation>&amp;Teléfono</translation>
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
        <translation>h:mm AP</translation>
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
        <translation>yyyy-MM-dd</translation>
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
        <translation>&amp;Técnico</translation>
    </message>
    <message>
        <source>&amp;Radiologist</source>
        <translation>R&amp;adiólogo</translation>
    </message>
    <message>
        <source>A&amp;dmin</source>
        <translation>Ad&amp;ministración</translation>
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
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de expediente</translation>
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
        <translation>Bloqueos / paradas</translation>
    </message>
    <message>
        <source>Open cautions</source>
        <translation>Precauciones abiertas</translation>
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
        <translation>Bloqueos (sin estudio hoy) y hallazgos que aún necesitan un radiólogo (paradas) o una confirmación (precauciones)</translation>
    </message>
    <message>
        <source>Ordered in the RIS: accession {number}</source>
        <translation>Solicitado en el RIS: n.º de acceso {number}</translation>
    </message>
    <message>
        <source>Booked here, not ordered in the RIS</source>
        <translation>Programado aquí, no solicitado en el RIS</translation>
    </message>
    <message numerus="yes">
        <source>⛔ %n block(s) — no exam today</source>
        <translation>
            <numerusform>⛔ %n bloqueo — sin estudio hoy</numerusform>
            <numerusform>⛔ %n bloqueos — sin estudio hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
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
    <name>domain</name>
    <message>
        <source>Block — no exam today</source>
        <translation>Bloqueo — sin estudio hoy</translation>
    </message>
    <message>
        <source>Stop — needs a radiologist</source>
        <translation>Parada — necesita un radiólogo</translation>
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
        <translation>autorizar un hallazgo de parada</translation>
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
</context>
</TS>
