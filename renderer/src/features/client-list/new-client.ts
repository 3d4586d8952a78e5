import type { NewClientInput } from '../../store/entity-factories';

export const BLANK_NEW_CLIENT: NewClientInput = { name: '', industry: '', size: '', region: '' };
