import { useEffect, useRef, useState } from 'react';
import { loadPdfjs } from './load-pdfjs';
import { Button } from '../../components/Button';

const FIRST_PAGES = 6;
/** CSS pixels of a rendered page's width. */
const PAGE_WIDTH = 360;

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The report's pages as the client will see them, drawn by pdf.js; the first few, then on demand. */
export function PdfPreview({ base64 }: { base64: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const [shown, setShown] = useState(FIRST_PAGES);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | null = null;
    const host = container.current;
    (async () => {
      const pdfjs = await loadPdfjs();
      const task = pdfjs.getDocument({ data: decodeBase64(base64), isEvalSupported: false, disableAutoFetch: true });
      destroy = () => void task.destroy();
      const document = await task.promise;
      if (cancelled) return;
      setPageCount(document.numPages);
      host?.replaceChildren();
      for (let number = 1; number <= Math.min(shown, document.numPages) && !cancelled; number += 1) {
        const page = await document.getPage(number);
        const base = page.getViewport({ scale: 1 });
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: (PAGE_WIDTH / base.width) * ratio });
        const canvas = window.document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${PAGE_WIDTH}px`;
        canvas.className = 'pdf-preview__page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `Page ${number} of ${document.numPages}`);
        const context = canvas.getContext('2d');
        if (!context || cancelled) break;
        await page.render({ canvasContext: context, viewport, canvas }).promise;
        if (!cancelled) host?.append(canvas);
      }
    })().catch((reason: unknown) => {
      if (!cancelled) setError(`The preview could not be drawn: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [base64, shown]);

  return (
    <div className="pdf-preview">
      <p className="pdf-preview__count" aria-live="polite">
        {error ?? (pageCount === null ? 'Drawing the pages…' : `${pageCount} ${pageCount === 1 ? 'page' : 'pages'}`)}
      </p>
      <div ref={container} className="pdf-preview__pages" aria-label="Report pages" />
      {pageCount !== null && pageCount > shown ? (
        <Button onClick={() => setShown(pageCount)}>
          Show all {pageCount} pages
        </Button>
      ) : null}
    </div>
  );
}
