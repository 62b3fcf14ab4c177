import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocate, explainAllocation, explainAllocationIn, FRENCH, type ExplainLanguage } from '@budget-citoyen/sdk/rules';
import { ENGLISH } from '@budget-citoyen/sdk/rules/en';
import { rolloverCase } from './fixtures.js';

// Intl separates thousands and "€" with no-break spaces; compare on plain spaces.
const plain = (sentences: string[]) => sentences.map((s) => s.replace(/[\u00a0\u202f]/g, ' '));
const containing = (sentences: string[], ...parts: string[]) => sentences.filter((s) => parts.every((part) => s.includes(part)));

describe('explainAllocation', () => {
  const allocation = allocate(rolloverCase);

  it('tells the rollover case in French by default', () => {
    const text = plain(explainAllocation(allocation));
    // Pratiques de l'ESS kept 35 000 € of its 55 000 € envelope (see fixtures.ts).
    assert.equal(containing(text, "Les 35 000 € restants de Pratiques de l'ESS rejoignent la réserve commune").length, 1);
    assert.equal(containing(text, "Les 10 000 € restants d'Innovation sociale").length, 1);
    assert.equal(containing(text, 'La réserve commune', '55 000 €').length, 1);
    // The Innovation sociale project paid by the pool, named by its title.
    const funded = containing(text, '« Épicerie solidaire »', 'réserve commune', '50 000 €');
    assert.equal(funded.length, 1);
    assert.match(funded[0]!, /Il reste 5 000 € dans la réserve/);
    // Skipped twice: by its envelope (10 000 € left), then by the pool (5 000 € left).
    assert.equal(containing(text, '« Garage associatif »', '20 000 €', 'les 10 000 €', "l'enveloppe Coopération").length, 1);
    assert.equal(containing(text, '« Garage associatif »', '20 000 €', 'les 5 000 € de la réserve commune').length, 1);
    assert.equal(containing(text, '« pe-b »', '100 voix', '150 voix').length, 1);
    assert.equal(containing(text, '5 000 € restent non attribués').length, 1);
  });

  it("states the contract's reading of the rollover rule, with the priority order", () => {
    const reading = containing(plain(explainAllocation(allocation)), 'revient aux autres catégories', 'une seule réserve commune');
    assert.equal(reading.length, 1);
    assert.match(reading[0]!, /Innovation sociale, puis Coopération, puis Pratiques de l'ESS/);
  });

  it('speaks English when asked', () => {
    const text = plain(explainAllocation(allocation, { locale: 'en' }));
    assert.equal(containing(text, "The €35,000 left in Pratiques de l'ESS go to the common pool").length, 1);
    assert.equal(containing(text, '“Épicerie solidaire”', 'common pool', '€50,000').length, 1);
    assert.equal(containing(text, 'one common pool', 'Innovation sociale, then Coopération, then Pratiques de l\'ESS').length, 1);
    assert.equal(containing(text, '€5,000 remain unallocated').length, 1);
    assert.equal(text.some((s) => /réserve|voix/.test(s)), false);
  });

  it('lets the caller rename categories and projects, and works from the trace alone', () => {
    const text = plain(
      explainAllocation(allocation.trace, { categoryNames: { 'pratiques-ess': 'Pratiques ESS' }, projectTitles: { 'pe-a': 'Recyclerie' } }),
    );
    assert.equal(containing(text, 'Les 35 000 € restants de Pratiques ESS').length, 1);
    assert.equal(containing(text, '« Recyclerie »').length > 0, true);
  });

  it('writes cents only when there are some', () => {
    const result = allocate({
      categories: [{ id: 'c', name: 'Coopération', envelopeCents: 1_234_56, rolloverRank: 1 }],
      projects: [],
      votes: {},
      minVotes: 0,
    });
    const text = plain(explainAllocation(result));
    assert.equal(containing(text, '1 234,56 €').length > 0, true);
  });

  it('explains ties', () => {
    const result = allocate({
      categories: [{ id: 'c', envelopeCents: 0, rolloverRank: 1 }],
      projects: [
        { id: 'x', category: 'c', requestedAmountCents: 700_00, title: 'Jardin' },
        { id: 'y', category: 'c', requestedAmountCents: 500_00, title: 'Ruche' },
      ],
      votes: { x: 4, y: 4 },
      minVotes: 0,
    });
    const text = plain(explainAllocation(result));
    assert.equal(containing(text, '« Ruche » passe devant', '500 €', '700 €').length, 1);
  });

  it('gives one non-empty sentence per decision for any allocation', () => {
    const input = fc.record({
      envelopes: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 3, maxLength: 3 }),
      projects: fc.array(fc.record({ category: fc.constantFrom('a', 'b', 'c'), amount: fc.integer({ min: 0, max: 5_000 }), votes: fc.nat(20) }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(input, fc.constantFrom('fr' as const, 'en' as const), ({ envelopes, projects }, locale) => {
        const result = allocate({
          categories: ['a', 'b', 'c'].map((id, i) => ({ id, envelopeCents: envelopes[i]!, rolloverRank: i + 1 })),
          projects: projects.map((p, i) => ({ id: `p${i}`, category: p.category, requestedAmountCents: p.amount })),
          votes: Object.fromEntries(projects.map((p, i) => [`p${i}`, p.votes])),
          minVotes: 3,
        });
        const sentences = explainAllocation(result, { locale });
        const decisions = result.trace.filter((s) => s.type === 'fund' || s.type === 'skip').length;
        assert.ok(sentences.length >= decisions + 3);
        for (const sentence of sentences) assert.match(sentence, /\S.*[.)]$/);
      }),
    );
  });

  describe('explainAllocationIn: the language as data', () => {
    it('FRENCH and ENGLISH word exactly what explainAllocation does for fr and en', () => {
      assert.deepEqual(explainAllocationIn(FRENCH, allocation), explainAllocation(allocation));
      assert.deepEqual(explainAllocationIn(ENGLISH, allocation), explainAllocation(allocation, { locale: 'en' }));
    });

    it('never doubles quotes: a title with « » gets “ ”, one with both kinds none; in English a quoted title keeps its own', () => {
      const titled = (title: string) => ({ ...rolloverCase, projects: rolloverCase.projects.map((p, i) => (i === 0 ? { ...p, title } : p)) });
      const french = (title: string) => plain(explainAllocation(allocate(titled(title)))).join('\n');
      assert.ok(french('Cantine « La Popote »').includes('“Cantine « La Popote »”'));
      assert.ok(!french('Cantine « La Popote »').includes('« Cantine'));
      assert.ok(french('Le « Café » et “Le Four”').includes(' Le « Café » et “Le Four” '));
      assert.ok(!/“[^”]*“|«[^»]*«/.test(french('Cantine « La Popote »')));
      const english = plain(explainAllocation(allocate(titled('The "Popote" canteen')), { locale: 'en' })).join('\n');
      assert.ok(english.includes(' The "Popote" canteen '));
      assert.ok(!english.includes('“The "Popote"'));
      // Whatever the title, the quotes added are of a kind it does not use.
      const families = [/[«»]/g, /[“”"]/g];
      const count = (s: string, family: RegExp) => s.match(family)?.length ?? 0;
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '«', '»', '“', '”', '"') }), (title) =>
          [FRENCH.quote(title), ENGLISH.quote(title)].every((quoted) =>
            families.every((family) => count(title, family) === 0 || count(quoted, family) === count(title, family)),
          ),
        ),
      );
    });

    it("takes a language of one's own: its sentences, its money format, its quotes", () => {
      const swiss: ExplainLanguage = {
        ...FRENCH,
        tag: 'fr-CH',
        quote: (title) => `‹${title}›`,
        phrases: { ...FRENCH.phrases, minVotes: () => 'Seuil.' },
      };
      const text = explainAllocationIn(swiss, allocation, { projectTitles: { 'pe-b': 'Atelier' } });
      const french = explainAllocation(allocation, { projectTitles: { 'pe-b': 'Atelier' } });
      assert.equal(text.length, french.length);
      assert.ok(text.some((s) => s.includes('‹Atelier›')) && !text.some((s) => s.includes('« Atelier »')));
      // fr-CH groups thousands with an apostrophe or a narrow space, and writes "CHF"-free EUR.
      const money = new Intl.NumberFormat('fr-CH', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(35_000);
      assert.ok(text.some((s) => s.includes(money)), money);
      assert.ok(text.includes('Seuil.'));
    });
  });
});
