import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chartTokensCss } from '../shared/design/chart-tokens';

/** Writes the app's chart colour custom properties from the one palette in shared/charts. */
const target = fileURLToPath(new URL('../renderer/src/styles/chart-tokens.css', import.meta.url));
writeFileSync(target, chartTokensCss());
console.log(`Wrote ${target}`);
