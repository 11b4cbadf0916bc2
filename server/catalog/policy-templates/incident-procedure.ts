import type { PolicyTemplate } from './types.ts';

/** How a security incident is reported, assessed and notified within the legal deadlines. */
export const incidentProcedure: PolicyTemplate = {
  key: 'incident_procedure',
  kind: 'procedure',
  classification: 'internal',
  reviewIntervalMonths: 12,
  da: {
    title: 'Procedure for håndtering af sikkerhedshændelser',
    description: 'Hvordan en sikkerhedshændelse meldes, vurderes, anmeldes og evalueres.',
    bodyHtml: `
<h2>1. Hvad er en sikkerhedshændelse</h2>
<p>En hændelse, der truer eller har påvirket fortroligheden, integriteten eller tilgængeligheden af oplysninger eller systemer, fx en mail sendt til den forkerte modtager, en mistet computer, et phishingangreb, et systemnedbrud eller uautoriseret opslag i journaler.</p>
<h2>2. Meld med det samme</h2>
<ul>
<li>Alle medarbejdere melder en hændelse eller en mistanke straks i Skjold eller til [kontakt, telefon].</li>
<li>Skriv, hvad der er sket, hvornår, hvilke systemer eller oplysninger det drejer sig om, og hvad du allerede har gjort.</li>
<li>Sluk ikke en computer, der kan være angrebet; tag netværkskablet ud, og vent på besked.</li>
</ul>
<h2>3. Første vurdering</h2>
<p>[Informationssikkerhedskoordinatoren] registrerer tidspunktet, hvor organisationen blev opmærksom på hændelsen. Fra det tidspunkt løber fristerne. Koordinatoren vurderer alvor og omfang og inddrager databeskyttelsesrådgiveren, hvis personoplysninger kan være berørt.</p>
<h2>4. Frister for anmeldelse</h2>
<table>
<tr><th>Hvad</th><th>Til hvem</th><th>Frist</th></tr>
<tr><td>Brud på persondatasikkerheden</td><td>Datatilsynet</td><td>Senest 72 timer efter, at organisationen blev opmærksom på bruddet</td></tr>
<tr><td>Varsel om væsentlig hændelse (NIS2)</td><td>Den kompetente myndighed</td><td>Senest 24 timer</td></tr>
<tr><td>Hændelsesunderretning (NIS2)</td><td>Den kompetente myndighed</td><td>Senest 72 timer</td></tr>
<tr><td>Endelig rapport (NIS2)</td><td>Den kompetente myndighed</td><td>En måned efter underretningen</td></tr>
</table>
<p>Et brud, der sandsynligvis ikke indebærer en risiko for de registrerede, anmeldes ikke, men begrundelsen registreres. Er risikoen høj, underrettes de registrerede uden unødig forsinkelse.</p>
<h2>5. Inddæmning og genopretning</h2>
<ul>
<li>Begræns skaden: luk adgange, isolér systemer, skift adgangskoder.</li>
<li>Genopret fra sikkerhedskopi, når årsagen er fjernet.</li>
<li>Ved mistanke om en forbrydelse anmeldes forholdet til politiet.</li>
</ul>
<h2>6. Evaluering</h2>
<p>Når hændelsen er lukket, gennemgår [ansvarlig] forløbet: årsag, hvad der virkede, hvad der skal ændres. Læringen følges op med handlinger i Skjold og indgår i den årlige risikovurdering.</p>
`,
  },
  en: {
    title: 'Security incident handling procedure',
    description: 'How a security incident is reported, assessed, notified and evaluated.',
    bodyHtml: `
<h2>1. What is a security incident</h2>
<p>An event that threatens or has affected the confidentiality, integrity or availability of information or systems, e.g. an e-mail sent to the wrong recipient, a lost laptop, a phishing attack, a system outage or unauthorised look-ups in patient records.</p>
<h2>2. Report at once</h2>
<ul>
<li>All staff report an incident or a suspicion at once in Skjold or to [contact, phone].</li>
<li>Write what happened, when, which systems or information are involved and what you have already done.</li>
<li>Do not switch off a computer that may be under attack; unplug the network cable and wait for instructions.</li>
</ul>
<h2>3. First assessment</h2>
<p>[The information security coordinator] records the time the organisation became aware of the incident. The deadlines run from that moment. The coordinator assesses severity and scope and involves the data protection officer when personal data may be affected.</p>
<h2>4. Notification deadlines</h2>
<table>
<tr><th>What</th><th>To whom</th><th>Deadline</th></tr>
<tr><td>Personal data breach</td><td>The Danish Data Protection Agency</td><td>Within 72 hours of becoming aware of the breach</td></tr>
<tr><td>Early warning of a significant incident (NIS2)</td><td>The competent authority</td><td>Within 24 hours</td></tr>
<tr><td>Incident notification (NIS2)</td><td>The competent authority</td><td>Within 72 hours</td></tr>
<tr><td>Final report (NIS2)</td><td>The competent authority</td><td>One month after the notification</td></tr>
</table>
<p>A breach unlikely to result in a risk to the data subjects is not notified, but the reasoning is recorded. When the risk is high, the data subjects are told without undue delay.</p>
<h2>5. Containment and recovery</h2>
<ul>
<li>Limit the damage: close access, isolate systems, change passwords.</li>
<li>Restore from backup once the cause is removed.</li>
<li>Report suspected crimes to the police.</li>
</ul>
<h2>6. Evaluation</h2>
<p>When the incident is closed, [responsible person] goes through it: the cause, what worked, what must change. Lessons learned become actions in Skjold and feed the yearly risk assessment.</p>
`,
  },
};
