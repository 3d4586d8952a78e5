import { z } from 'zod';
import { SafeKeySchema } from '../frameworks/framework-schema';
import { WorkshopTemplateSchema, type WorkshopTemplate } from '../workshop/workshop-template-schema';

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

/** A template file in the workspace that could not be used, and why (it stays on disk untouched). */
export interface SkippedWorkshopTemplate {
  file: string;
  reason: string;
}

/** The consultant's own workshop templates, kept in the workspace (built-ins live in shared/workshop). */
export const workshopTemplateContract = {
  /** Readable templates sorted by name, and the files that were skipped. */
  listWorkshopTemplates: op<{ templates: WorkshopTemplate[]; skipped: SkippedWorkshopTemplate[] }>()(z.object({}).strict()),
  saveWorkshopTemplate: op<WorkshopTemplate>()(z.object({ template: WorkshopTemplateSchema }).strict()),
  deleteWorkshopTemplate: op<{ deleted: boolean }>()(z.object({ id: SafeKeySchema }).strict()),
} as const;
