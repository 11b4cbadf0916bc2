import type { PolicyTemplate } from './types.ts';

/** The skeleton of a contingency plan for when systems are unavailable; tested once a year. */
export const contingencyPlan: PolicyTemplate = {
  key: 'contingency_plan',
  kind: 'plan',
  classification: 'confidential',
  reviewIntervalMonths: 12,
  da: {
    title: 'Beredskabsplan for it-nedbrud',
    description: 'Hvad vi gør, når kritiske systemer ikke er tilgængelige, og hvordan vi kommer tilbage.',
    bodyHtml: `
<h2>1. Formål og omfang</h2>
<p>Planen beskriver, hvordan [organisationens navn] fortsætter det kritiske arbejde, når [systemer] ikke er tilgængelige, og hvordan normal drift genoprettes. Planen testes mindst én gang om året.</p>
<h2>2. Kritiske processer og systemer</h2>
<table>
<tr><th>Proces</th><th>System</th><th>Maksimal nedetid (RTO)</th><th>Maksimalt datatab (RPO)</th><th>Ejer</th></tr>
<tr><td>[fx tidsbestilling]</td><td>[system]</td><td>[timer]</td><td>[timer]</td><td>[navn]</td></tr>
<tr><td>[fx medicinordination]</td><td>[system]</td><td>[timer]</td><td>[timer]</td><td>[navn]</td></tr>
</table>
<h2>3. Aktivering</h2>
<ol>
<li><strong>Trin 1 – forstyrrelse:</strong> et system er nede eller langsomt. Den vagthavende kontakter leverandøren og orienterer [ansvarlig].</li>
<li><strong>Trin 2 – nøddrift:</strong> nedbruddet varer, eller flere systemer er ramt. [Ansvarlig] beslutter at gå i nøddrift efter afsnit 4.</li>
<li><strong>Trin 3 – krise:</strong> patientbehandlingen er truet. Krisestaben samles, og ledelsen orienteres straks.</li>
</ol>
<h2>4. Nøddrift</h2>
<ul>
<li>Hvor ligger papirblanketter og skabeloner: [placering].</li>
<li>Hvordan findes de nødvendige patientoplysninger uden systemet: [fx udskrevne dagslister].</li>
<li>Hvordan beskyttes papirer med følsomme oplysninger under nøddriften, og hvordan føres de ind bagefter.</li>
</ul>
<h2>5. Kontaktliste</h2>
<table>
<tr><th>Rolle</th><th>Navn</th><th>Telefon</th></tr>
<tr><td>Ansvarlig for beredskabet</td><td>[navn]</td><td>[telefon]</td></tr>
<tr><td>It-leverandør / servicedesk</td><td>[navn]</td><td>[telefon]</td></tr>
<tr><td>Leverandør af journalsystem</td><td>[navn]</td><td>[telefon]</td></tr>
</table>
<h2>6. Genopretning</h2>
<ol>
<li>Leverandøren bekræfter, at systemet virker, og at data er gendannet.</li>
<li>Oplysninger fra nøddriften føres ind, og papirerne destrueres forsvarligt.</li>
<li>[Ansvarlig] afmelder nøddriften og registrerer hændelsen i Skjold.</li>
</ol>
<h2>7. Test og evaluering</h2>
<p>Planen øves mindst én gang om året. Øvelsen og evalueringen registreres i Skjold, og planen opdateres med det, vi har lært.</p>
`,
  },
  en: {
    title: 'Contingency plan for IT outages',
    description: 'What we do when critical systems are unavailable, and how we get back to normal.',
    bodyHtml: `
<h2>1. Purpose and scope</h2>
<p>This plan describes how [organisation name] keeps critical work going when [systems] are unavailable, and how normal operation is restored. The plan is tested at least once a year.</p>
<h2>2. Critical processes and systems</h2>
<table>
<tr><th>Process</th><th>System</th><th>Maximum downtime (RTO)</th><th>Maximum data loss (RPO)</th><th>Owner</th></tr>
<tr><td>[e.g. appointments]</td><td>[system]</td><td>[hours]</td><td>[hours]</td><td>[name]</td></tr>
<tr><td>[e.g. medication orders]</td><td>[system]</td><td>[hours]</td><td>[hours]</td><td>[name]</td></tr>
</table>
<h2>3. Activation</h2>
<ol>
<li><strong>Level 1 – disruption:</strong> a system is down or slow. The person on duty contacts the supplier and informs [responsible person].</li>
<li><strong>Level 2 – emergency operation:</strong> the outage lasts or several systems are hit. [Responsible person] decides to switch to emergency operation as in section 4.</li>
<li><strong>Level 3 – crisis:</strong> patient treatment is at risk. The crisis team meets and management is told at once.</li>
</ol>
<h2>4. Emergency operation</h2>
<ul>
<li>Where the paper forms and templates are: [location].</li>
<li>How to find the patient information needed without the system: [e.g. printed day lists].</li>
<li>How papers with sensitive information are protected during emergency operation and entered afterwards.</li>
</ul>
<h2>5. Contacts</h2>
<table>
<tr><th>Role</th><th>Name</th><th>Phone</th></tr>
<tr><td>Responsible for contingency</td><td>[name]</td><td>[phone]</td></tr>
<tr><td>IT supplier / service desk</td><td>[name]</td><td>[phone]</td></tr>
<tr><td>Patient record system supplier</td><td>[name]</td><td>[phone]</td></tr>
</table>
<h2>6. Recovery</h2>
<ol>
<li>The supplier confirms the system works and the data is restored.</li>
<li>Information from emergency operation is entered, and the papers are destroyed securely.</li>
<li>[Responsible person] ends emergency operation and records the incident in Skjold.</li>
</ol>
<h2>7. Testing and evaluation</h2>
<p>The plan is exercised at least once a year. The exercise and its evaluation are recorded in Skjold, and the plan is updated with what we learned.</p>
`,
  },
};
