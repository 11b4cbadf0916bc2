import { describe, expect, it } from 'vitest';
import { approveAndPublish, getVersion, makeDocument } from '../../test/documents-factories.ts';
import { makeTree, makeUser } from '../../test/factories.ts';
import { describeEachDb } from '../../test/harness.ts';
import {
  allowedAttributes,
  allowedSchemes,
  allowedTags,
  sanitizeRichText,
  toBlocks,
} from './rich-text.rules.ts';
import { diffHtml } from './text-diff.rules.ts';

/** Classic XSS payloads, including encoded and mutation variants. */
const xssCorpus = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<img src="x` `<script>alert(1)</script>"` `>',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href="jav&#x09;ascript:alert(1)">klik</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">klik</a>',
  '<a href="  javascript:alert(1)">klik</a>',
  '<a href="java\0script:alert(1)">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
  '<a href="//evil.example/">protokol-relativ</a>',
  '<a href="https://ok.example/" onclick="alert(1)" onmouseover="alert(1)">ok</a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<p style="background:url(javascript:alert(1))">stil</p>',
  '<p style="width: expression(alert(1))">stil</p>',
  '<style>@import "https://evil.example/x.css"; p { color: red }</style><p>efter stil</p>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<form action="javascript:alert(1)"><button>send</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<div onmouseover="alert(1)">div</div>',
  '<table background="javascript:alert(1)"><tr><td onclick="alert(1)">celle</td></tr></table>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<p>tekst</p><!-- <script>alert(1)</script> -->',
  '<textarea><script>alert(1)</script></textarea>',
  '<h2 id="x" class="y" onclick="alert(1)">overskrift</h2>',
  '<a href="https://ok.example/" target="_blank">ny fane</a>',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
];

const tagPattern = /<\/?([a-zA-Z0-9]+)([^>]*)>/g;

/** Every tag, attribute and link scheme of sanitised output is on the allow list. */
function assertNothingExecutable(output: string) {
  for (const [, name = '', attributes = ''] of output.matchAll(tagPattern)) {
    const tag = name.toLowerCase();
    expect(allowedTags, `tag <${tag}> in ${output}`).toContain(tag);
    for (const [, attribute = '', value = ''] of attributes.matchAll(
      /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g,
    )) {
      expect(allowedAttributes[tag] ?? [], `attribute ${attribute} on <${tag}> in ${output}`).toContain(
        attribute.toLowerCase(),
      );
      if (attribute === 'href') {
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
        expect(scheme && allowedSchemes.includes(scheme), `href ${value}`).toBe(true);
      }
    }
  }
  const markup = [...output.matchAll(tagPattern)].map((m) => m[0]).join(' ');
  expect(markup).not.toMatch(/\son[a-z]+\s*=|javascript:|vbscript:|data:|style=|expression\(/i);
  // Outside tags, a "<" only ever appears escaped.
  expect(output.replace(tagPattern, '')).not.toContain('<');
}

describe('rich text sanitising', () => {
  it.each(xssCorpus)('strips scripts and event handlers: %s', (payload) => {
    assertNothingExecutable(sanitizeRichText(payload));
  });

  it('strips the whole corpus at once, wrapped in legitimate content', () => {
    // An unclosed <noscript> or <template> swallows what follows it: safe, and never editor output.
    const output = sanitizeRichText(`<h2>Formål</h2>${xssCorpus.join('<p>mellem</p>')}<p>slut</p>`);
    assertNothingExecutable(output);
    expect(output).toContain('<h2>Formål</h2>');
    expect(output).toContain('<td>celle</td>');
  });

  it('keeps what the editor produces: headings, lists, tables, safe links and marks', () => {
    const input =
      '<h2>Adgang</h2><p><strong>Fed</strong>, <em>kursiv</em>, <u>understreget</u> og <code>kode</code>.</p>' +
      '<ul><li><p>Punkt</p></li></ul><ol start="3"><li>Tre</li></ol>' +
      '<table><tbody><tr><th colspan="2">Rolle</th></tr><tr><td>A</td><td>B</td></tr></tbody></table>' +
      '<blockquote><p>Citat</p></blockquote>' +
      '<p><a href="https://www.sikkerdigital.dk/">link</a> <a href="mailto:sikkerhed@region.dk">mail</a></p>';
    const output = sanitizeRichText(input);
    assertNothingExecutable(output);
    for (const fragment of [
      '<h2>Adgang</h2>',
      '<strong>Fed</strong>',
      '<em>kursiv</em>',
      '<u>understreget</u>',
      '<code>kode</code>',
      '<ol start="3">',
      '<th colspan="2">Rolle</th>',
      '<blockquote>',
      'href="https://www.sikkerdigital.dk/"',
      'href="mailto:sikkerhed@region.dk"',
      'rel="noopener noreferrer nofollow"',
    ]) {
      expect(output).toContain(fragment);
    }
  });

  it('reads sanitised HTML into blocks: list depth and numbering, table rows, marks', () => {
    const blocks = toBlocks(
      sanitizeRichText(
        '<h2>Titel &amp; mere</h2><ol><li>En<ul><li>Under</li></ul></li><li>To</li></ol>' +
          '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td><strong>2</strong></td></tr></table>',
      ),
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, inlines: [{ text: 'Titel & mere' }] },
      { type: 'list_item', ordered: true, depth: 0, index: 1, inlines: [{ text: 'En' }] },
      { type: 'list_item', ordered: false, depth: 1, index: 1, inlines: [{ text: 'Under' }] },
      { type: 'list_item', ordered: true, depth: 0, index: 2, inlines: [{ text: 'To' }] },
      {
        type: 'table',
        rows: [
          { header: true, cells: [[{ text: 'A' }], [{ text: 'B' }]] },
          { header: false, cells: [[{ text: '1' }], [{ text: '2', bold: true }]] },
        ],
      },
    ]);
  });

  it('diffs blocks with a longest common subsequence, pairing a changed paragraph', () => {
    const { rows, stats } = diffHtml(
      '<p>A</p><p>B gammel</p><p>C</p><p>D</p>',
      '<p>A</p><p>B ny</p><p>C</p><p>E</p><p>D</p>',
    );
    expect(stats).toEqual({ unchanged: 3, changed: 1, added: 1, removed: 0 });
    expect(rows.map((row) => row.op)).toEqual(['equal', 'changed', 'equal', 'added', 'equal']);
  });
});

describeEachDb('rich text through the API', (get) => {
  it('stores editor HTML sanitised and serves no script on the public page', async () => {
    const t = get();
    const { org } = await makeTree(t);
    const officer = await makeUser(t, org, 'security_officer');
    const other = await makeUser(t, org, 'security_officer');
    const document = await makeDocument(t, org, officer, {
      classification: 'public',
      bodyHtml: `<h2>Formål</h2><p>Sikker tekst</p>${xssCorpus.join('')}`,
    });
    const version = await getVersion(t, org, document.id, document.workingVersion?.id as string, officer);
    assertNothingExecutable(version.bodyHtml);
    expect(version.bodyHtml).toContain('<p>Sikker tekst</p>');

    const { document: published } = await approveAndPublish(t, org, document, {
      author: officer,
      approver: other,
    });
    const page = await t.request('GET', published.publicPath as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script|<iframe|<svg|\son[a-z]+\s*=|javascript:/i);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
