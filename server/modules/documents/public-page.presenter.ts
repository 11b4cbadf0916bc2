import { type ExportModel, formatDate, revisionText } from './export-model.presenter.ts';
import { topHeadingLevel } from './rich-text.rules.ts';

/**
 * The public page of a document classified public (MedCom publishes its policy this way):
 * server-rendered, no script, one h1, the body's headings below it, the facts as a
 * description list and the revision table with a caption and header cells.
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** Shifts the body's headings so its highest level becomes h2 under the page's h1. */
function shiftHeadings(html: string, top: number): string {
  const shift = 2 - top;
  if (shift === 0) return html;
  return html.replace(/<(\/?)h([1-6])(\s|>)/g, (_, slash: string, level: string, rest: string) => {
    const next = Math.min(6, Math.max(2, Number(level) + shift));
    return `<${slash}h${next}${rest}`;
  });
}

const pageText = {
  da: { skip: 'Spring til indhold', pdf: 'Hent som PDF', footer: 'Offentliggjort med Skjold' },
  en: { skip: 'Skip to content', pdf: 'Download as PDF', footer: 'Published with Skjold' },
};

export function renderPublicPage(model: ExportModel, pdfHref: string): string {
  const l = model.labels;
  const t = pageText[model.locale];
  const body =
    model.bodyFileName !== null
      ? `<p>${escapeHtml(l.bodyInFile(model.bodyFileName))}</p>`
      : shiftHeadings(model.bodyHtml, topHeadingLevel(model.blocks));
  const facts = model.facts
    .map((fact) => `<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`)
    .join('');
  const revisions =
    model.revisions.length === 0
      ? `<p>${escapeHtml(l.noRevisions)}</p>`
      : `<table>
<caption>${escapeHtml(l.revisionTable)}</caption>
<thead><tr>${[l.version, l.date, l.author, l.changes, l.approvedBy]
          .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
          .join('')}</tr></thead>
<tbody>${model.revisions
          .map(
            (row) =>
              `<tr><td>${row.versionNumber ?? ''}</td><td>${escapeHtml(formatDate(row.date, model.locale))}</td><td>${escapeHtml(
                row.authorName ?? '',
              )}</td><td>${escapeHtml(revisionText(row, l))}</td><td>${escapeHtml(row.approvedByName ?? '')}</td></tr>`,
          )
          .join('\n')}</tbody>
</table>`;
  return `<!doctype html>
<html lang="${model.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(model.title)} – ${escapeHtml(model.orgName)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.55;color:#1b1b1b;background:#fff;margin:0}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;outline:3px solid #1a4f8b}
a{color:#1a4f8b}a:focus{outline:3px solid #1a4f8b;outline-offset:2px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0 2rem}dl div{display:contents}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #767676;padding:.35rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600;font-size:1.2rem;padding:.5rem 0}
header .org{max-width:46rem;margin:0 auto;padding:1rem 1rem 0}
footer{max-width:46rem;margin:0 auto;padding:1rem;color:#4a4a4a;font-size:.9rem}
</style>
</head>
<body>
<a class="skip" href="#content">${escapeHtml(t.skip)}</a>
<header><p class="org">${escapeHtml(model.orgName)}</p></header>
<main id="content">
<h1>${escapeHtml(model.title)}</h1>
${model.description ? `<p><em>${escapeHtml(model.description)}</em></p>` : ''}
<dl>${facts}</dl>
<p><a href="${escapeHtml(pdfHref)}">${escapeHtml(t.pdf)}</a></p>
<article>
${body}
</article>
<section aria-label="${escapeHtml(l.revisionTable)}">
${revisions}
</section>
</main>
<footer>${escapeHtml(t.footer)}</footer>
</body>
</html>
`;
}
