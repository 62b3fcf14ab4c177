/**
 * Annulment notices (spec, "How results are computed", rule 1). When a vote closes, every e-mail
 * under which an annulled identity cast a ballot gets one message, so that a person whose
 * identity was used by someone else learns it.
 *
 * "Closes" is the mock's clock crossing the vote's end, as the store sees it (on a clock change,
 * on each request): a vote already closed when the data is loaded is history, whose e-mails, like
 * every e-mail of the seed's past, are not in the outbox. An e-mail is told once, ever: moving the
 * clock back into the vote and out again tells only e-mails that were not told yet (new double
 * votes cast meanwhile). Mail once sent stays sent: moving the clock back takes nothing out.
 */
import { emailKey, type State } from './state.js';
import { annulmentEmail } from './emails.js';
import type { BallotRecord, CampaignRecord, OutboxItem } from './records.js';

export function annulmentNotices(state: State, campaign: CampaignRecord, annulled: ReadonlySet<string>, closedAt: number): OutboxItem[] {
  if (annulled.size === 0) return [];
  const byIdentity = new Map<string, BallotRecord[]>();
  for (const ballot of state.ballotsByCampaign.get(campaign.id) ?? []) {
    if (!annulled.has(ballot.identity)) continue;
    let list = byIdentity.get(ballot.identity);
    if (!list) byIdentity.set(ballot.identity, (list = []));
    list.push(ballot);
  }
  const notices: OutboxItem[] = [];
  for (const ballots of byIdentity.values()) {
    for (const ballot of ballots) {
      const voter = state.voters.get(ballot.voterId);
      if (!voter) continue;
      const key = `${campaign.id}\n${emailKey(voter.email)}`;
      if (state.annulmentNotified.has(key)) continue;
      state.annulmentNotified.add(key);
      notices.push(annulmentEmail(campaign, voter, ballot, ballots.length, closedAt));
    }
  }
  return notices;
}
