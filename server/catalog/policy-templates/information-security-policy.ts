import type { PolicyTemplate } from './types.ts';

/** The top policy: approved by top management, revised at least once a year. */
export const informationSecurityPolicy: PolicyTemplate = {
  key: 'information_security_policy',
  kind: 'policy',
  classification: 'public',
  reviewIntervalMonths: 12,
  da: {
    title: 'Informationssikkerhedspolitik',
    description: 'Ledelsens overordnede mål, principper og ansvar for informationssikkerhed.',
    bodyHtml: `
<h2>1. Formål</h2>
<p>[Organisationens navn] behandler oplysninger om patienter, borgere og medarbejdere, som skal være korrekte, tilgængelige, når der er brug for dem, og beskyttet mod uvedkommende. Politikken fastlægger ledelsens mål for informationssikkerheden og rammen for de retningslinjer og procedurer, der udmønter den.</p>
<h2>2. Gyldighedsområde</h2>
<p>Politikken gælder for alle medarbejdere, konsulenter, studerende og leverandører, der har adgang til [organisationens navn]s informationer og it-systemer, uanset om oplysningerne findes digitalt, på papir eller mundtligt.</p>
<h2>3. Mål</h2>
<ul>
<li>Patientsikkerheden må ikke bringes i fare af manglende tilgængelighed eller forkerte data.</li>
<li>Fortrolige og følsomme oplysninger ses kun af dem, der har et arbejdsmæssigt behov.</li>
<li>Sikkerhedsniveauet fastlægges ud fra en risikovurdering og følger ISO/IEC 27001 som ramme.</li>
<li>Lovkrav overholdes, herunder databeskyttelsesforordningen, databeskyttelsesloven og NIS2-reglerne, hvor de gælder.</li>
</ul>
<h2>4. Ansvar og organisering</h2>
<ul>
<li><strong>Topledelsen</strong> godkender politikken, fastsætter risikovilligheden og afsætter de nødvendige ressourcer.</li>
<li><strong>Informationssikkerhedskoordinatoren</strong> driver ledelsessystemet for informationssikkerhed (ISMS), årshjulet og rapporteringen til ledelsen.</li>
<li><strong>Systemejere</strong> sikrer, at deres systemer og processer er risikovurderet, og at de aftalte foranstaltninger er gennemført.</li>
<li><strong>Ledere</strong> sørger for, at medarbejderne kender og følger politikken og de tilhørende retningslinjer.</li>
<li><strong>Alle medarbejdere</strong> beskytter de oplysninger, de arbejder med, og melder sikkerhedshændelser straks.</li>
</ul>
<h2>5. Principper</h2>
<ul>
<li>Risikovurdering gennemføres mindst én gang om året og ved væsentlige ændringer.</li>
<li>Adgang tildeles efter arbejdsbehov og gennemgås jævnligt.</li>
<li>Leverandører og databehandlere vælges og følges op ud fra deres betydning for sikkerheden.</li>
<li>Hændelser håndteres efter en fast procedure med læring bagefter.</li>
<li>Beredskabet for kritiske systemer og processer testes mindst én gang om året.</li>
<li>Medarbejderne introduceres til informationssikkerhed ved ansættelse og trænes løbende.</li>
</ul>
<h2>6. Afvigelser og dispensation</h2>
<p>Afvigelse fra politikken kræver en risikovurdering, kompenserende foranstaltninger og godkendelse fra [ledelsesorgan]. En dispensation er tidsbegrænset og må aldrig stride mod lovgivningen.</p>
<h2>7. Opfølgning og revision</h2>
<p>Politikken gennemgås mindst én gang om året og ved væsentlige ændringer i organisation, teknologi, lovgivning eller trusselsbillede. Ændringer godkendes af [ledelsesorgan]. Ledelsen orienteres mindst årligt om status for informationssikkerheden.</p>
`,
  },
  en: {
    title: 'Information security policy',
    description: "Management's overall objectives, principles and responsibilities for information security.",
    bodyHtml: `
<h2>1. Purpose</h2>
<p>[Organisation name] processes information about patients, citizens and staff that must be correct, available when needed and protected from unauthorised access. This policy sets management's objectives for information security and the frame for the guidelines and procedures that put it into practice.</p>
<h2>2. Scope</h2>
<p>The policy applies to all staff, consultants, students and suppliers with access to [organisation name]'s information and IT systems, whether the information is digital, on paper or spoken.</p>
<h2>3. Objectives</h2>
<ul>
<li>Patient safety must never be put at risk by unavailable or incorrect data.</li>
<li>Confidential and sensitive information is seen only by those who need it for their work.</li>
<li>The level of security follows from a risk assessment and uses ISO/IEC 27001 as its frame.</li>
<li>Legal requirements are met, including the GDPR, the Danish Data Protection Act and the NIS2 rules where they apply.</li>
</ul>
<h2>4. Responsibilities</h2>
<ul>
<li><strong>Top management</strong> approves the policy, sets the risk appetite and provides the resources needed.</li>
<li><strong>The information security coordinator</strong> runs the information security management system (ISMS), the annual cycle and reporting to management.</li>
<li><strong>System owners</strong> make sure their systems and processes are risk assessed and the agreed measures are in place.</li>
<li><strong>Managers</strong> make sure their staff know and follow the policy and its guidelines.</li>
<li><strong>All staff</strong> protect the information they work with and report security incidents at once.</li>
</ul>
<h2>5. Principles</h2>
<ul>
<li>Risks are assessed at least once a year and whenever something significant changes.</li>
<li>Access is granted on a need-to-work basis and reviewed regularly.</li>
<li>Suppliers and data processors are chosen and followed up according to their importance for security.</li>
<li>Incidents are handled by a fixed procedure, followed by lessons learned.</li>
<li>Contingency for critical systems and processes is tested at least once a year.</li>
<li>Staff are introduced to information security when they join and trained regularly.</li>
</ul>
<h2>6. Exceptions</h2>
<p>An exception from the policy requires a risk assessment, compensating measures and approval by [management body]. An exception is time-limited and may never break the law.</p>
<h2>7. Follow-up and revision</h2>
<p>The policy is reviewed at least once a year and whenever the organisation, technology, legislation or threat landscape changes significantly. Changes are approved by [management body]. Management receives a status on information security at least once a year.</p>
`,
  },
};
