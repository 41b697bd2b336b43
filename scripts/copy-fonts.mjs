// Copies the two Noto Sans SC weights the PDF reports embed, with their licence, into build/fonts/.
// The npm package holds every weight (~92 MB); the app needs only these files at run time, so they are committed.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules', '@expo-google-fonts', 'noto-sans-sc');
const target = join(root, 'build', 'fonts');

const files = [
  ['400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf'],
  ['700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold.ttf'],
  ['LICENSE_FONT', 'NotoSansSC-OFL.txt'],
];

mkdirSync(target, { recursive: true });
for (const [from, to] of files) {
  copyFileSync(join(source, from), join(target, to));
  console.log(`build/fonts/${to}`);
}
