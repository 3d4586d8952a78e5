import type { ConsultantProfile } from '../../../../shared/domain/preferences';

/** A miniature report cover in the brand colour, so the consultant sees what clients will. */
export function CoverPreview({ profile, logoDataUrl, colour }: { profile: ConsultantProfile; logoDataUrl: string | null; colour: string }) {
  return (
    <div className="cover" aria-label="Preview of a report cover">
      <div className="cover__band" style={{ backgroundColor: colour }}>
        {logoDataUrl ? <img className="cover__logo" src={logoDataUrl} alt="Your logo" /> : <span className="cover__logo-placeholder">Your logo</span>}
      </div>
      <div className="cover__body">
        <p className="cover__kicker" style={{ color: colour }}>
          Social business assessment
        </p>
        <p className="cover__title">Client organization</p>
        <p className="cover__by">{[profile.name, profile.firm].filter(Boolean).join(' · ') || 'Your name · Your firm'}</p>
      </div>
    </div>
  );
}
