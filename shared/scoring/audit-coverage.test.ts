import { describe, expect, it } from 'vitest';
import type { AuditCoverage } from '../assessment/social-business-audit-schema';
import { auditCoverageMatrix } from './audit-coverage';

const entry = (functionName: string) => ({ functionName, answers: {}, notes: '' });
const cover = (functionName: string, stakeholderGroup: AuditCoverage['stakeholderGroup']): AuditCoverage => ({ functionName, stakeholderGroup });

describe('auditCoverageMatrix', () => {
  it('is empty for an empty audit but keeps every stakeholder group as a column', () => {
    const matrix = auditCoverageMatrix({ entries: [], coverage: [] });
    expect(matrix).toMatchObject({ functions: [], cells: [], rowTotals: [], total: 0 });
    expect(matrix.groups).toHaveLength(8);
    expect(matrix.columnTotals).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('marks covered cells and totals them both ways', () => {
    const matrix = auditCoverageMatrix(
      {
        entries: [entry('Customer Service'), entry('Marketing')],
        coverage: [cover('Marketing', 'customers'), cover('Marketing', 'prospects'), cover('Customer Service', 'customers'), cover('Recruitment / Human Resources', 'employees')],
      },
      { groups: ['prospects', 'customers', 'employees'] },
    );
    expect(matrix.functions).toEqual(['Customer Service', 'Marketing', 'Recruitment / Human Resources']);
    expect(matrix.cells).toEqual([
      [false, true, false],
      [true, true, false],
      [false, false, true],
    ]);
    expect(matrix.rowTotals).toEqual([1, 2, 1]);
    expect(matrix.columnTotals).toEqual([1, 2, 1]);
    expect(matrix.total).toBe(4);
  });

  it('puts the given functions first, including ones the audit has not reached yet', () => {
    const matrix = auditCoverageMatrix({ entries: [entry('Sales & Commerce')], coverage: [] }, { functions: ['Public Relations'], groups: ['media'] });
    expect(matrix.functions).toEqual(['Public Relations', 'Sales & Commerce']);
    expect(matrix.cells).toEqual([[false], [false]]);
  });
});
