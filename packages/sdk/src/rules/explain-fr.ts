import type { ExplainLanguage, Phrases } from './explain-phrases.js';

/** `de Coopération` but `d'Innovation sociale`. */
function deFr(name: string): string {
  return /^[aeiouyh]/i.test(name.normalize('NFD')) ? `d'${name}` : `de ${name}`;
}

const inOrderFr = (items: string[]) => items.join(', puis ');

/** The explanation in French, the campaign's language. */
export const FR: Phrases = {
  envelopes: (w, setup, total) =>
    `Chaque catégorie dispose de sa propre enveloppe : ${setup.categories
      .map((c) => `${w.category(c.id)} ${w.money(c.envelopeCents)}`)
      .join(', ')} (${w.money(total)} au total).`,
  minVotes: (w, n) => `Un projet doit recueillir au moins ${w.count(n)} voix pour pouvoir être financé.`,
  emptyCategory: (w, c) => `${w.category(c)} n'a aucun projet soumis au vote.`,
  ranking: (w, s) =>
    `Classement ${deFr(w.category(s.category))}, par nombre de voix : ${s.order
      .map((p) => `${p.rank}. ${w.project(p.projectId)} (${w.count(p.votes)} voix)`)
      .join(', ')}.`,
  tie: (w, t, aheadCents, behindCents) =>
    `${w.project(t.ahead)} et ${w.project(t.behind)} ont autant de voix (${w.count(t.votes)}) : ` +
    (t.by === 'requested-amount'
      ? `${w.project(t.ahead)} passe devant parce qu'il demande moins (${w.money(aheadCents)} contre ${w.money(behindCents)}).`
      : `ils demandent le même montant, ils sont départagés par leur identifiant (${t.ahead} avant ${t.behind}).`),
  fund: (w, s) =>
    s.from === 'envelope'
      ? `${w.project(s.projectId)} (rang ${s.rank}, ${w.count(s.votes)} voix) est financé sur l'enveloppe ${w.category(s.category)} : ${w.money(s.amountCents)}. Il reste ${w.money(s.remainingCents)} dans l'enveloppe.`
      : `${w.project(s.projectId)} (${w.category(s.category)}, rang ${s.rank}, ${w.count(s.votes)} voix) est financé grâce à la réserve commune : ${w.money(s.amountCents)}. Il reste ${w.money(s.remainingCents)} dans la réserve.`,
  skip: (w, s, minVotes) =>
    s.reason === 'below-min-votes'
      ? `${w.project(s.projectId)} (rang ${s.rank}, ${w.count(s.votes)} voix) n'atteint pas le minimum de ${w.count(minVotes)} voix : il ne peut pas être financé.`
      : s.from === 'envelope'
        ? `${w.project(s.projectId)} (rang ${s.rank}, ${w.count(s.votes)} voix) demande ${w.money(s.amountCents)}, plus que les ${w.money(s.availableCents)} qui restent dans l'enveloppe ${w.category(s.category)} : on passe au projet suivant.`
        : `${w.project(s.projectId)} (${w.category(s.category)}, rang ${s.rank}) demande ${w.money(s.amountCents)}, plus que les ${w.money(s.availableCents)} de la réserve commune : il n'est pas financé.`,
  leftover: (w, c, cents) =>
    cents > 0
      ? `Les ${w.money(cents)} restants ${deFr(w.category(c))} rejoignent la réserve commune.`
      : `L'enveloppe ${w.category(c)} est entièrement utilisée : rien ne rejoint la réserve commune.`,
  pool: (w, s) =>
    s.poolCents > 0
      ? `La réserve commune s'élève à ${w.money(s.poolCents)} (${s.contributions
          .filter((c) => c.leftoverCents > 0)
          .map((c) => `${w.category(c.category)} ${w.money(c.leftoverCents)}`)
          .join(', ')}).`
      : `La réserve commune est vide : chaque enveloppe a été entièrement utilisée dans sa catégorie.`,
  reading: (w, order) =>
    `Le règlement prévoit que ce qui reste de l'enveloppe d'une catégorie revient aux autres catégories, par priorité : ${inOrderFr(
      order.map((id) => w.category(id)),
    )}. Nous le lisons ainsi : tous les restes forment une seule réserve commune, servie dans cet ordre, pour qu'aucune somme ne reste inutilisée tant qu'un projet classé pourrait en bénéficier.`,
  serve: (w, s, waiting) =>
    `Priorité ${s.rolloverRank}, ${w.category(s.category)} : la réserve commune contient ${w.money(s.poolCents)}.` +
    (waiting ? '' : ` Aucun projet de cette catégorie n'attend de financement.`),
  unallocated: (w, cents, pool) =>
    cents > 0
      ? `${w.money(cents)} restent non attribués : aucun projet encore en attente ne pouvait être financé avec cette somme.`
      : pool > 0
        ? `Toute la réserve commune a été attribuée.`
        : '',
};

/**
 * « Titre », but a title that has its own « » gets the other quotes (“Cantine « La Popote »”),
 * and one that has both kinds none: quotes are never doubled.
 */
const quoteFr = (t: string): string => (/[«»]/.test(t) ? (/[“”"]/.test(t) ? t : `“${t}”`) : `«\u00a0${t}\u00a0»`);

export const FRENCH: ExplainLanguage = { tag: 'fr-FR', quote: quoteFr, phrases: FR };
