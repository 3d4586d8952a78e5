import { ORGANIZATION_SIZES, type OrganizationSize } from '../../../shared/domain/reference-lists';

/** Read a <select> value back into the size list ('' when it is not one of them). */
export const parseOrganizationSize = (value: string): OrganizationSize => ORGANIZATION_SIZES.find((size) => size === value) ?? '';

export const sizeLabel = (size: OrganizationSize): string => (size === '' ? 'Not set' : `${size} employees`);
