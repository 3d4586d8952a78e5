/** The app's mark: three stacked stones. */
export function CairnMark({ size = 18 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <ellipse cx="12" cy="19" rx="9" ry="3.2" className="cairn-mark__stone" />
      <ellipse cx="12" cy="12.6" rx="6.4" ry="2.8" className="cairn-mark__stone cairn-mark__stone--middle" />
      <ellipse cx="12" cy="7" rx="3.8" ry="2.4" className="cairn-mark__stone cairn-mark__stone--top" />
    </svg>
  );
}
