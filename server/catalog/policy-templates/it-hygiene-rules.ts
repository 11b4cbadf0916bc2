import type { PolicyTemplate } from './types.ts';

/**
 * Acceptable use and IT hygiene: the rules every new employee is introduced to, after the
 * topics of the clinic recommendations (seed 004, recommendation 4), in our own words.
 */
export const itHygieneRules: PolicyTemplate = {
  key: 'it_hygiene_rules',
  kind: 'instruction',
  classification: 'internal',
  reviewIntervalMonths: 12,
  da: {
    title: 'Regler for god it-hygiejne og acceptabel brug',
    description: 'De faste sikkerhedsrutiner, alle medarbejdere introduceres til ved ansættelsen.',
    bodyHtml: `
<h2>Hvem gælder reglerne for</h2>
<p>Reglerne gælder for alle, der arbejder i [klinikkens/organisationens navn], også vikarer, studerende og uddannelseslæger. Nye medarbejdere gennemgår reglerne med [ansvarlig] i deres første arbejdsuge og bekræfter i Skjold, at de har læst dem.</p>
<h2>Arbejdspladsen</h2>
<ul>
<li>Lås skærmen, når du går fra computeren, og luk programmer, du ikke bruger.</li>
<li>Brug privatlivsfilter på skærme, som patienter eller andre uvedkommende kan se.</li>
<li>Hold konsultationen privat: luk døren, eller skærm samtalen på anden måde.</li>
<li>Lås skuffer og arkivskabe med fortrolige papirer, og lad ikke papirer med patientoplysninger ligge fremme.</li>
<li>Ankomststanderen og andre skærme i venteområdet må ikke vise cpr-numre.</li>
</ul>
<h2>Adgang og adgangskoder</h2>
<ul>
<li>Din adgang er personlig. Del aldrig brugernavn, adgangskode, kort eller MitID-login, og skriv dem ikke ned.</li>
<li>Brug en lang adgangskode, gerne en sætning, og en ny kode til hvert system.</li>
<li>Du får kun de rettigheder, dit arbejde kræver. Administratorrettigheder gives kun til de få, der har brug for dem.</li>
<li>Adgange gennemgås hvert kvartal af [ansvarlig]; adgange, der ikke længere bruges, lukkes.</li>
</ul>
<h2>Udstyr og netværk</h2>
<ul>
<li>Private telefoner, computere og usb-nøgler må ikke kobles på klinikkens netværk eller computere.</li>
<li>Brug af privat telefon i arbejdstiden begrænses, og telefonen ligger ikke fremme i konsultationen.</li>
<li>Private ærinder, privat mail og sociale medier foregår ikke på arbejdscomputeren, eller kun med en separat brugerprofil med begrænsede rettigheder.</li>
<li>Servere og netværksudstyr står aflåst. Ubrugte usb-porte er slået fra eller dækket til.</li>
<li>Printere og andet udstyr kobles kun på internettet, når det er nødvendigt.</li>
</ul>
<h2>Opdateringer og sikkerhedsprogrammer</h2>
<ul>
<li>Programmer og styresystemer opdateres automatisk; udskyd ikke en opdatering, du bliver bedt om at installere.</li>
<li>Antivirus og firewall må ikke slås fra.</li>
</ul>
<h2>Når en medarbejder stopper</h2>
<ul>
<li>Alle adgange lukkes på sidste arbejdsdag: Windows, journalsystem, sundhed.dk, FMK, MitID Erhverv og virk.dk.</li>
<li>Udstyr, nøgler og kort afleveres.</li>
<li>Ansøgning, cv og andre personoplysninger om tidligere medarbejdere slettes, når de ikke længere skal bruges.</li>
</ul>
<h2>Hvis noget går galt</h2>
<p>Mistænker du, at en mail er falsk, at nogen har fået adgang til noget, de ikke må se, eller at en computer opfører sig mærkeligt, så kontakt straks [ansvarlig/it-leverandør på telefon …] og meld hændelsen i Skjold.</p>
`,
  },
  en: {
    title: 'IT hygiene and acceptable use rules',
    description: 'The fixed security routines every employee is introduced to when they join.',
    bodyHtml: `
<h2>Who the rules apply to</h2>
<p>The rules apply to everyone working at [clinic/organisation name], including temporary staff, students and doctors in training. New staff go through the rules with [responsible person] in their first week and confirm in Skjold that they have read them.</p>
<h2>The workplace</h2>
<ul>
<li>Lock the screen when you leave the computer, and close programs you are not using.</li>
<li>Use a privacy filter on screens that patients or other unauthorised people can see.</li>
<li>Keep the consultation private: close the door or screen the conversation in another way.</li>
<li>Lock drawers and cabinets with confidential papers, and never leave papers with patient data lying around.</li>
<li>The arrival kiosk and other screens in the waiting area must not show CPR numbers.</li>
</ul>
<h2>Access and passwords</h2>
<ul>
<li>Your access is personal. Never share your user name, password, card or MitID login, and do not write them down.</li>
<li>Use a long password, preferably a sentence, and a different one for each system.</li>
<li>You only get the rights your work requires. Administrator rights are given only to the few who need them.</li>
<li>Access is reviewed every quarter by [responsible person]; access no longer used is closed.</li>
</ul>
<h2>Devices and network</h2>
<ul>
<li>Private phones, computers and USB sticks must not be connected to the clinic's network or computers.</li>
<li>Use of private phones during work is limited, and the phone is not left out in the consultation room.</li>
<li>Private errands, private mail and social media are not done on the work computer, or only with a separate user profile with limited rights.</li>
<li>Servers and network equipment are locked away. Unused USB ports are disabled or covered.</li>
<li>Printers and other devices are connected to the internet only when necessary.</li>
</ul>
<h2>Updates and security software</h2>
<ul>
<li>Programs and operating systems update automatically; do not postpone an update you are asked to install.</li>
<li>Antivirus and firewall must never be turned off.</li>
</ul>
<h2>When someone leaves</h2>
<ul>
<li>All access is closed on the last working day: Windows, the patient record system, sundhed.dk, FMK, MitID Erhverv and virk.dk.</li>
<li>Equipment, keys and cards are handed back.</li>
<li>Applications, CVs and other personal data about former staff are deleted when no longer needed.</li>
</ul>
<h2>If something goes wrong</h2>
<p>If you suspect a fake e-mail, that someone has seen something they should not, or that a computer behaves strangely, contact [responsible person/IT supplier on phone …] at once and report the incident in Skjold.</p>
`,
  },
};
