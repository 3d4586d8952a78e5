import { useEffect, useState } from 'react';
import type { Client } from '../../../../shared/domain/client';
import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { SCORING_RULES, competencyRows, latestAssessment, type Benchmark } from '../../../../shared/scoring';
import { useApi } from '../../api/ApiContext';
import { LoadingPanel } from '../../components/LoadingPanel';
import { RuleNote } from './RuleNote';
import { stageLabel } from './maturity-format';

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0');

type PeerFigures = { status: 'loading' } | { status: 'ready'; benchmark: Benchmark | null } | { status: 'failed'; message: string };

/**
 * This client's latest assessment beside the median of the consultant's other clients,
 * computed in main from the summaries (the other clients' documents are not in memory).
 */
export function ComparePanel({ client, framework }: { client: Client; framework: Framework }) {
  const api = useApi();
  const [peers, setPeers] = useState<PeerFigures>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setPeers({ status: 'loading' });
    void api.peerBenchmark({ clientId: client.id, framework }).then(
      (result) => current && setPeers(result.ok ? { status: 'ready', benchmark: result.value } : { status: 'failed', message: result.error.message }),
      (error: unknown) => current && setPeers({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, client.id, framework]);
  const latest = latestAssessment(client.assessments, framework.id);
  const rows = latest ? competencyRows(latest, framework) : [];
  if (peers.status === 'loading') return <LoadingPanel label="Comparing with your other clients…" />;
  if (peers.status === 'failed') {
    return (
      <p className="notice" role="alert">
        The comparison with your other clients could not be computed: {peers.message}
      </p>
    );
  }
  const benchmark = peers.benchmark;

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
