// The page models' accessible name against dom-accessibility-api (the W3C accname algorithm that
// Testing Library rests on), on every control of every fixture page, plus the cases that broke
// lookups before: glyph text in aria-hidden icons, names only in attributes, hidden parts.
import { readdirSync } from 'node:fs';
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName, visibleSegments } from '../../../lib/portals/accname';
import { labelCandidates, normalizeLabel } from '../../../lib/portals/text';
import { closeFixtures, FIXTURES_DIR, loadFixture, loadHtml } from './load-fixture';

afterEach(closeFixtures);

/** Roles whose name comes from their content, as the W3C algorithm names them. */
const CONTROLS =
  'button, [role=button], [role=menuitem], [role=tab], a[href], [role=link], [role=option], [role=columnheader], [role=checkbox], [role=gridcell] a';

const fixtureNames = [
  ...readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html')),
  ...readdirSync(new URL('sim/', FIXTURES_DIR)).map((f) => `sim/${f}`),
];

describe('accessible name on every fixture control', () => {
  it('finds fixture pages', () => {
    expect(fixtureNames.length).toBeGreaterThan(60);
  });

  for (const name of fixtureNames) {
    it(`${name}: same name as dom-accessibility-api`, () => {
      const page = loadFixture(name, 'https://admin.microsoft.com/#/licenses');
      const controls = Array.from(page.document.querySelectorAll(CONTROLS));
      const differ: string[] = [];
      for (const control of controls) {
        const ours = normalizeLabel(accessibleName(control));
        const w3c = normalizeLabel(computeAccessibleName(control));
        if (ours !== w3c) differ.push(`${control.outerHTML.slice(0, 160)}: "${ours}" vs "${w3c}"`);
      }
      expect(differ).toEqual([]);
    });
  }
});

function element(html: string, selector = '#x'): Element {
  const page = loadHtml(`<!doctype html><html><body>${html}</body></html>`, 'https://admin.microsoft.com/');
  return page.document.querySelector(selector)!;
}

describe('accessible name, targeted cases', () => {
  const cases: [string, string, string][] = [
    [
      'glyph "+" in an aria-hidden icon',
      '<button id="x"><i data-icon-name="Add" aria-hidden="true">+</i><span>Assign licenses</span></button>',
      'Assign licenses',
    ],
    [
      'glyph "−" in an aria-hidden span',
      '<button id="x"><span aria-hidden="true">−</span> Unassign licenses</button>',
      'Unassign licenses',
    ],
    ['name only in aria-label', '<button id="x" aria-label="Assign licenses"><svg></svg></button>', 'Assign licenses'],
    [
      'name only in title',
      '<button id="x" title="Assign licenses"><i aria-hidden="true"></i></button>',
      'Assign licenses',
    ],
    [
      'name in aria-labelledby, several ids',
      '<span id="a">Assign</span><span id="b">licenses</span><button id="x" aria-labelledby="a b">+</button>',
      'Assign licenses',
    ],
    [
      'aria-labelledby wins over aria-label',
      '<b id="l">Close</b><button id="x" aria-label="X" aria-labelledby="l">×</button>',
      'Close',
    ],
    [
      'hidden and display:none parts left out',
      '<button id="x">Assign<span hidden>secret</span><span style="display: none">more</span> licenses</button>',
      'Assign licenses',
    ],
    [
      'aria-label of a part inside the content',
      '<a id="x" href="#"><span aria-label="Licenses"></span></a>',
      'Licenses',
    ],
    ['input button value', '<input id="x" type="submit" value="Assign">', 'Assign'],
    ['input with a label element', '<label for="x">Search users</label><input id="x">', 'Search users'],
  ];
  for (const [what, html, expected] of cases) {
    it(what, () => {
      const el = element(html);
      expect(accessibleName(el)).toBe(expected);
      expect(normalizeLabel(computeAccessibleName(el))).toBe(normalizeLabel(expected));
    });
  }

  it("Fluent's label part names a split button with a menu chevron and a counter", () => {
    const el = element(
      '<button id="x" class="ms-Button"><span class="ms-Button-flexContainer"><i class="ms-Icon" data-icon-name="Add">\ue710</i><span class="ms-Button-textContainer"><span class="ms-Button-label">Assign licenses</span><span class="ms-Button-description">for 3 people</span></span><i data-icon-name="ChevronDown" class="ms-Icon">⌄</i></span></button>',
    );
    expect(accessibleName(el)).toBe('Assign licenses');
  });

  it('falls back to the words on the control when an aria-label says more', () => {
    const el = element('<button id="x" aria-label="Assign licenses to the selected users">Assign licenses</button>');
    expect(labelCandidates(el)).toEqual(['Assign licenses to the selected users', 'Assign licenses']);
  });

  it('never reads an icon glyph as part of the visible text', () => {
    const el = element(
      '<div id="x"><i data-icon-name="Add">+</i><span>Ann Lee</span><span hidden>x</span><span>ann@contoso.com</span></div>',
    );
    expect(visibleSegments(el)).toEqual(['Ann Lee', 'ann@contoso.com']);
  });
});
