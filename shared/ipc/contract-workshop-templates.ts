import { z } from 'zod';
import { SafeKeySchema } from '../frameworks/framework-schema';
import { WorkshopTemplateSchema, type WorkshopTemplate } from '../workshop/workshop-template-schema';

const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

/** The consultant's own workshop templates, kept in the workspace (built-ins live in shared/workshop). */
export const workshopTemplateContract = {
  listWorkshopTemplates: op<WorkshopTemplate[]>()(z.object({}).strict()),
  saveWorkshopTemplate: op<WorkshopTemplate>()(z.object({ template: WorkshopTemplateSchema }).strict()),
  deleteWorkshopTemplate: op<{ deleted: boolean }>()(z.object({ id: SafeKeySchema }).strict()),
} as const;
