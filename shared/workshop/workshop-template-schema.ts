import { z } from 'zod';
import { longText, shortText } from '../domain/common';
import { SafeKeySchema } from '../frameworks/framework-schema';
import { AGENDA_METHODS, WORKSHOP_LIMITS } from './workshop-schema';

/**
 * A reusable workshop plan: objectives and a timed agenda, without people, notes or votes.
 * Items are named by `key` (not ids) so one template can make many workshops; a dot vote's
 * `linkedTo` names the keys of the items it votes on, and becomes their ids in a workshop.
 */
export const TemplateAgendaItemSchema = z.object({
  key: SafeKeySchema,
  title: shortText().min(1),
  method: z.enum(AGENDA_METHODS),
  plannedMinutes: z.int().min(1).max(WORKSHOP_LIMITS.plannedMinutes),
  prompt: longText(),
  linkedTo: z.array(SafeKeySchema).max(WORKSHOP_LIMITS.linkedTo),
  privateNotes: z.boolean(),
  dotBudget: z.int().min(1).max(WORKSHOP_LIMITS.dotBudget),
});
export type TemplateAgendaItem = z.infer<typeof TemplateAgendaItemSchema>;

export const WorkshopTemplateSchema = z
  .object({
    id: SafeKeySchema,
    name: shortText(160).min(1),
    description: shortText(2_000),
    builtIn: z.boolean(),
    objectives: longText(),
    agenda: z.array(TemplateAgendaItemSchema).min(1).max(WORKSHOP_LIMITS.agendaItems),
  })
  .superRefine((template, ctx) => {
    const keys = new Set<string>();
    template.agenda.forEach((item, index) => {
      if (keys.has(item.key)) ctx.addIssue({ code: 'custom', path: ['agenda', index, 'key'], message: `repeats the key "${item.key}"` });
      keys.add(item.key);
    });
    template.agenda.forEach((item, index) => {
      if (item.method !== 'dot-vote') return;
      item.linkedTo.forEach((key, linkIndex) => {
        if (!keys.has(key) || key === item.key) ctx.addIssue({ code: 'custom', path: ['agenda', index, 'linkedTo', linkIndex], message: `names no other agenda item ("${key}")` });
      });
    });
  });
export type WorkshopTemplate = z.infer<typeof WorkshopTemplateSchema>;

/** Total planned minutes of a template's agenda, breaks included. */
export const templateMinutes = (template: Pick<WorkshopTemplate, 'agenda'>): number => template.agenda.reduce((sum, item) => sum + item.plannedMinutes, 0);
