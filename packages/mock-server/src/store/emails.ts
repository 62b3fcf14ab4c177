/** The e-mails the process sends, in French: they land in the mock's outbox (`GET /__mock/outbox`). */
import { frenchInstant } from '../util/time.js';
import type { BallotRecord, CampaignRecord, DossierRecord, OutboxItem, VerificationRecord, VoterRecord } from './records.js';

const SIGNATURE = "L'équipe du budget citoyen\nDépartement du Pas-de-Calais";

export function dossierReceiptEmail(campaign: CampaignRecord, dossier: DossierRecord, now: number): OutboxItem {
  const { holder, title } = dossier.request;
  return {
    to: holder.email,
    subject: `${campaign.title} : accusé de réception de votre dossier « ${title} »`,
    body: [
      `Bonjour ${holder.name},`,
      `Nous avons bien reçu votre dossier « ${title} », déposé le ${frenchInstant(dossier.submittedAt)}.`,
      `Votre numéro de récépissé est ${dossier.receiptCode}. Conservez-le : avec le numéro de dossier ${dossier.id}, il vous permet de suivre votre dossier en ligne.`,
      "Un dossier déposé ne peut plus être modifié. Le comité de labellisation, qui réunit les services du Département et les partenaires de l'économie sociale et solidaire, examinera les dossiers en mai. Vous serez informé(e) de sa décision par courriel.",
      SIGNATURE,
    ].join('\n\n'),
    sentAt: now,
  };
}

export function decisionEmail(campaign: CampaignRecord, dossier: DossierRecord, now: number): OutboxItem {
  const { holder, title } = dossier.request;
  const decision = dossier.decision!;
  if (decision.decision === 'labelled') {
    const category = campaign.categories.find((c) => c.id === decision.category)?.name ?? decision.category ?? '';
    return {
      to: holder.email,
      subject: `${campaign.title} : votre projet « ${title} » est labellisé`,
      body: [
        `Bonjour ${holder.name},`,
        `Bonne nouvelle : le comité de labellisation a retenu votre dossier « ${title} » (récépissé ${dossier.receiptCode}) dans la catégorie « ${category} ».`,
        'Votre projet est désormais publié sur le site du budget citoyen et sera soumis au vote des habitants du Pas-de-Calais en septembre. Parlez-en autour de vous !',
        SIGNATURE,
      ].join('\n\n'),
      sentAt: now,
    };
  }
  return {
    to: holder.email,
    subject: `${campaign.title} : décision concernant votre dossier « ${title} »`,
    body: [
      `Bonjour ${holder.name},`,
      `Le comité de labellisation a examiné votre dossier « ${title} » (récépissé ${dossier.receiptCode}). Nous avons le regret de vous informer qu'il n'a pas été retenu.`,
      `Motif de la décision :\n${decision.reason ?? ''}`,
      "Cette décision ne vous empêche pas de proposer d'autres projets lors des prochaines éditions. Les comptoirs à initiatives citoyennes et les accompagnateurs de l'économie sociale et solidaire restent à votre disposition pour vous aider à faire mûrir votre idée.",
      SIGNATURE,
    ].join('\n\n'),
    sentAt: now,
  };
}

/**
 * To each e-mail under which an annulled identity voted, once, when the vote closes (spec,
 * results rule 1): the person may not have voted twice at all, but had their identity used.
 * It names no other e-mail address: the message may reach the one who used the identity.
 */
export function annulmentEmail(campaign: CampaignRecord, voter: VoterRecord, ballot: BallotRecord, ballots: number, closedAt: number): OutboxItem {
  return {
    to: voter.email,
    subject: `${campaign.title} : vos votes ont été annulés`,
    body: [
      `Bonjour ${voter.firstName} ${voter.lastName},`,
      `Le vote est clos depuis le ${frenchInstant(closedAt)}. ${ballots} bulletins ont été déposés sous votre identité (mêmes prénom, nom et date de naissance), avec des adresses électroniques différentes, dont celle-ci : le bulletin de reçu ${ballot.receiptCode}, déposé le ${frenchInstant(ballot.castAt)}.`,
      "Comme le prévoit le règlement du budget citoyen, chaque personne vote une seule fois, et tout vote multiple annule tous les votes de cette personne : aucun de ces bulletins n'a été compté. Le nombre de bulletins annulés est publié avec les résultats.",
      "Si vous n'avez voté qu'une seule fois, quelqu'un a probablement utilisé votre identité pour voter avec une autre adresse. Signalez-le à l'équipe du budget citoyen du Département en répondant à ce courriel, avec votre numéro de reçu.",
      SIGNATURE,
    ].join('\n\n'),
    sentAt: closedAt,
  };
}

/**
 * The code of a voter's registration. Nothing typed by the registrant is in it (a name would let
 * anyone send their words to any address from ours); the code is alone on its line.
 */
export function verificationEmail(campaign: CampaignRecord, verification: VerificationRecord, now: number): OutboxItem {
  const minutes = Math.round((verification.expiresAt - now) / 60_000);
  return {
    to: verification.request.email,
    subject: `${campaign.title} : votre code de vérification`,
    body: [
      'Bonjour,',
      `Pour confirmer votre adresse e-mail et voter au ${campaign.title}, saisissez ce code de vérification :`,
      verification.code,
      `Il est valable ${minutes} minutes, jusqu'au ${frenchInstant(verification.expiresAt)}. Ne le communiquez à personne : il permet de voter à votre place.`,
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : sans ce code, personne ne peut voter avec votre adresse.",
      SIGNATURE,
    ].join('\n\n'),
    sentAt: now,
  };
}

/** The verification code in an e-mail of the outbox (what a voter reads in it), if it holds one. */
export function verificationCodeIn(item: Pick<OutboxItem, 'body'>): string | undefined {
  return /^(\d{6})$/m.exec(item.body)?.[1];
}
