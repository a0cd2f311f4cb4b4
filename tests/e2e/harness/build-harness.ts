/** Builds a harness entry with Vite into one HTML page (script and styles inline). */
import { build, type Rolldown } from 'vite';

/** The page's HTML: the overlay's stage and the harness bundle. */
export async function harnessPage(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      cssCodeSplit: false,
      lib: { entry, formats: ['es'], fileName: 'harness' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((output) => output.output);
  const code = files.flatMap((file) => (file.type === 'chunk' ? [file.code] : [])).join('\n');
  const css = files
    .flatMap((file) =>
      file.type === 'asset' && file.fileName.endsWith('.css') ? [file.source] : [],
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${String(css)}</style></head>
<body><div id="stage"><div id="ui"><div class="layer menu-layer"></div></div></div>
<script type="module">${code.replaceAll('</script', '<\\/script')}</script></body></html>`;
}
