import { useMemo } from 'react';
import type { Client } from '../../../../shared/domain/client';
import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { SCORING_RULES, benchmarkAgainstPeers, competencyRows, latestAssessment } from '../../../../shared/scoring';
import { useCairn } from '../../store/StoreContext';
import { peerAssessments } from '../../store/assessments.selectors';
import { RuleNote } from './RuleNote';
import { stageLabel } from './maturity-format';

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0');

/** This client's latest assessment beside the median of the consultant's other clients. */
export function ComparePanel({ client, framework }: { client: Client; framework: Framework }) {
  const docs = useCairn((state) => state.docs);
  const peers = useMemo(() => peerAssessments(docs), [docs]);
  const benchmark = useMemo(() => benchmarkAgainstPeers({ clientId: client.id, framework, clients: peers }), [client.id, framework, peers]);
  const latest = latestAssessment(client.assessments, framework.id);
  const rows = latest ? competencyRows(latest, framework) : [];

  return (
    <div className="compare">
      {benchmark === null ? (
        <p className="notice" role="note">
          No other client has an assessment on the {framework.name} yet, so there is nothing to compare with. Once you assess another client, the median of
          your other clients appears here — computed on this computer, with no names.
        </p>
      ) : (
        <p className="compare__lead">
          {latest ? `${client.name}’s latest assessment (${latest.assessedOn})` : client.name} beside the median of{' '}
          <strong>
            {benchmark.peerCount} other client{benchmark.peerCount === 1 ? '' : 's'}
          </strong>{' '}
          (anonymous, computed locally).
        </p>
      )}
      {benchmark !== null ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">This client beside the peer median</caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">This client</th>
                <th scope="col">Peer median</th>
                <th scope="col">Difference</th>
                <th scope="col">Clients contributing</th>
              </tr>
            </thead>
            <tbody>
              {framework.competencies.map((competency, index) => {
                const own = rows[index]?.current ?? null;
                const peer = benchmark.competencies[index];
                const median = peer?.peerMedian ?? null;
                return (
                  <tr key={competency.id} className="table__row">
                    <th scope="row">{competency.name}</th>
                    <td className="table__nowrap">{stageLabel(framework, own)}</td>
                    <td className="table__nowrap">{median === null ? '—' : stageLabel(framework, median)}</td>
                    <td>{own === null || median === null ? '—' : signed(own - median)}</td>
                    <td>{peer?.contributing ?? 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <RuleNote>{SCORING_RULES.benchmark}</RuleNote>
    </div>
  );
}
