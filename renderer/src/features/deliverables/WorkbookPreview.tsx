import type { WorkbookSheetPreview } from '../../../../shared/ipc/contract-exports';
import { plural } from '../../components/format';

/** The workbook's tabs, each with its row count and columns, as the client will find them. */
export function WorkbookPreview({ sheets }: { sheets: readonly WorkbookSheetPreview[] }) {
  return (
    <div className="workbook-preview">
      <p className="pdf-preview__count">{plural(sheets.length, 'sheet')}</p>
      <table className="workbook-preview__table" aria-label="Workbook sheets">
        <colgroup>
          <col className="workbook-preview__sheet-col" />
          <col className="workbook-preview__rows-col" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col" className="workbook-preview__rows">
              Rows
            </th>
            <th scope="col">Columns</th>
          </tr>
        </thead>
        <tbody>
          {sheets.map((sheet) => (
            <tr key={sheet.name}>
              <th scope="row">{sheet.name}</th>
              <td className="workbook-preview__rows">{sheet.rows.toLocaleString()}</td>
              <td className="workbook-preview__columns" title={sheet.columns.join(', ')}>{sheet.columns.length > 0 ? sheet.columns.join(' · ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
