import type { WorkshopParticipant } from './workshop-schema';

/** A name as it is compared: accents dropped, case folded ("François" → "francois"). */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/**
 * The participant an `@mention` names: one whose full name, or any part of it, starts
 * with the mention, ignoring case and accents (`@francois`, `@FRAN`, `@dupont` all find
 * "François Dupont"). A mention that matches a full name exactly wins over partial ones;
 * otherwise exactly one participant must match, or nobody is credited.
 */
export function matchMention(mention: string, participants: readonly WorkshopParticipant[]): WorkshopParticipant | null {
  const wanted = foldName(mention.replace(/^@/, '').trim());
  if (!wanted) return null;
  const exact = participants.filter((participant) => {
    const name = foldName(participant.name);
    return name === wanted || name.replace(/\s+/g, '') === wanted || name.split(/\s+/).includes(wanted);
  });
  if (exact.length === 1) return exact[0]!;
  const found = participants.filter((participant) => {
    const name = foldName(participant.name);
    return name.startsWith(wanted) || name.split(/\s+/).some((part) => part.startsWith(wanted));
  });
  return found.length === 1 ? found[0]! : null;
}

/**
 * A note typed as "@name the idea": the credited participant and the text without the
 * mention. When the mention names nobody (or several), the text is kept as typed.
 */
export function parseMentionPrefix(text: string, participants: readonly WorkshopParticipant[]): { text: string; authorId: string | null } {
  const match = /^@(\S+)\s+([\s\S]*)$/u.exec(text.trim());
  if (!match) return { text, authorId: null };
  const author = matchMention(match[1]!, participants);
  return author ? { text: match[2]!, authorId: author.id } : { text, authorId: null };
}
