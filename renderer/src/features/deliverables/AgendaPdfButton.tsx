/** Saves a workshop's one-page agenda as a PDF (being built). */
export function AgendaPdfButton(_props: { clientId: string; workshopId: string }) {
  return (
    <button type="button" className="button" disabled title="The printable agenda is being built">
      Print agenda…
    </button>
  );
}
