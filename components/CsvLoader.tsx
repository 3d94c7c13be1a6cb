import { useState } from 'preact/hooks';
import { sampleCsv } from '../lib/csv/samples';
import { t } from './i18n';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode takes a bounded number of arguments
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function sampleHref(style: 'comma' | 'semicolon'): string {
  // BOM so Excel opens the sample as UTF-8.
  return URL.createObjectURL(new Blob(['\uFEFF' + sampleCsv(style)], { type: 'text/csv;charset=utf-8' }));
}

/** File picker and drop zone: hands the file's bytes on as base64; the background does the reading. */
export function CsvLoader({ onFile, busy }: { onFile: (fileName: string, base64: string) => void; busy: boolean }) {
  const [over, setOver] = useState(false);
  const [samples] = useState(() => ({ comma: sampleHref('comma'), semicolon: sampleHref('semicolon') }));

  async function take(file: File | undefined) {
    if (!file) return;
    onFile(file.name, bytesToBase64(new Uint8Array(await file.arrayBuffer())));
  }

  return (
    <section
      class={`card drop${over ? ' over' : ''}`}
      data-testid="csv-loader"
      aria-labelledby="csv-heading"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer?.files[0]);
      }}
    >
      <h2 id="csv-heading">{t('csvHeading')}</h2>
      <p class="muted">{t('csvDropHint')}</p>
      <div class="row">
        <label class="button primary">
          {t('csvChoose')}
          <input
            type="file"
            accept=".csv,.txt,text/csv"
            class="visually-hidden"
            data-testid="csv-input"
            disabled={busy}
            onChange={(e) => void take(e.currentTarget.files?.[0])}
          />
        </label>
        <a href={samples.comma} download="license-pilot-sample.csv">
          {t('csvSampleComma')}
        </a>
        <a href={samples.semicolon} download="license-pilot-sample-semicolon.csv">
          {t('csvSampleSemicolon')}
        </a>
      </div>
    </section>
  );
}
