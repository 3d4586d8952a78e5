// `npm run icons`: rasterize resources/icon/cairn.svg into build/icons for electron-builder.
import path from 'node:path';
import { checkIconSet, generateIconSetFromSource } from './icons/icon-set';

const outDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'build', 'icons'));
const written = await generateIconSetFromSource(outDir);
const problems = await checkIconSet(outDir);
if (problems.length > 0) {
  console.error(`icons: the generated set is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`icons: ${written.length} files written to ${path.relative(process.cwd(), outDir) || '.'}`);
