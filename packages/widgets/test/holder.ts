/**
 * What the dossier tests' holder writes, in the browser (typed into `<bc-dossier-form>`,
 * ./dossier.ts) and in Node (the fields of `DossierFlow`, dossier-flow.test.ts).
 */
export const HOLDER_TEXTS = {
  name: 'Camille Lefebvre',
  organisation: 'Les Jardins du Marais',
  email: 'camille.lefebvre@example.org',
  // The fixture's attended registration no dossier has used.
  comptoirCode: 'C-ARRA-0001',
  title: 'Un verger partagé',
  summary: 'Planter un verger ouvert à tous au bord du marais.',
  description: 'Vingt arbres fruitiers.\n\nLes écoles du quartier participent à la plantation.',
  amount: '12 500,50',
};
