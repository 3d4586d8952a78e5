import type { SummaryRatings } from '../../../../shared/workshop';

/** One maturity vote: per competency, how many people chose each stage, the proposed stage and whether the room split. */
export function RatingsTable({ rating }: { rating: SummaryRatings }) {
  const stages = rating.competencies[0]?.distribution.length ?? 0;
  return (
    <section className="card workshop-card" aria-label={`Ratings: ${rating.title}`}>
      <h3 className="workshop-card__title">
        {rating.title} <span className="workshop-card__count">{rating.participantsVoted} rated</span>
        {!rating.revealed ? <span className="badge badge--warning">Not revealed in the room</span> : null}
      </h3>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Ratings per competency</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {Array.from({ length: stages }, (_, index) => (
                <th key={index} scope="col" className="table__num">
                  Stage {index + 1}
                </th>
              ))}
              <th scope="col" className="table__num">
                Median
              </th>
              <th scope="col">Agreement</th>
            </tr>
          </thead>
          <tbody>
            {rating.competencies.map((competency) => {
              const most = Math.max(1, ...competency.distribution.map((entry) => entry.count));
              return (
                <tr key={competency.competencyId}>
                  <th scope="row">{competency.name}</th>
                  {competency.distribution.map((entry) => (
                    <td key={entry.level} className="table__num ratings-table__cell">
                      <span className="ratings-table__bar" style={{ opacity: entry.count === 0 ? 0 : 0.12 + (0.38 * entry.count) / most }} aria-hidden="true" />
                      <span className="ratings-table__count">{entry.count === 0 ? '·' : entry.count}</span>
                    </td>
                  ))}
                  <td className="table__num">{competency.median ?? '—'}</td>
                  <td>{competency.raters === 0 ? 'No ratings' : competency.disagreement ? <span className="badge badge--warning">Split (spread {competency.spread})</span> : 'Agreed'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
