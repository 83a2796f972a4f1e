import { Button, ProgressBar } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PackageProgress } from '../../filing/woo';
// Chunking: the panel only tells a package's errors apart; the Woo filing index would load the
// package writer with every document reader and the MIME parser before a package is asked for.
import { isWooPackageError } from '../../filing/woo/woo-package-error';
import type { PackageDownload, WooDeskServices } from './woo-desk-services';
import { useWooDeskTexts } from './useWooDeskTexts';

/** Props of {@link PackagePanel}. */
export interface PackagePanelProps {
  readonly services: WooDeskServices;
  readonly zaaknummer: string;
}

/** Makes the decision package with its progress, and offers the download once it is complete. */
export function PackagePanel({ services, zaaknummer }: PackagePanelProps) {
  const texts = useWooDeskTexts();
  const [progress, setProgress] = useState<PackageProgress | null>(null);
  const [download, setDownload] = useState<(PackageDownload & { url: string }) | null>(null);
  const [failure, setFailure] = useState('');
  useEffect(
    () => () => {
      if (download !== null) URL.revokeObjectURL(download.url);
    },
    [download],
  );
  const make = () => {
    setDownload(null);
    setFailure('');
    services.buildPackage(zaaknummer, setProgress).then(
      (result) => {
        setProgress(null);
        setDownload({ ...result, url: URL.createObjectURL(result.blob) });
      },
      (error: unknown) => {
        setProgress(null);
        setFailure(texts.packaging.failed(failureDetail(error, texts.packaging.errors)));
      },
    );
  };
  return (
    <section aria-label={texts.packaging.heading}>
      <h3>{texts.packaging.heading}</h3>
      <Button appearance="primary" onClick={make} disabled={progress !== null}>
        {texts.packaging.make}
      </Button>
      {progress !== null && (
        <div role="status">
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} />
          {texts.packaging.progress(
            texts.packaging.phases[progress.phase],
            progress.done,
            progress.total,
          )}
        </div>
      )}
      {failure !== '' && <p role="alert">{failure}</p>}
      {download !== null && (
        <p>
          {texts.packaging.summary(
            download.summary.documents,
            download.summary.published,
            download.summary.undecidedProposals,
          )}{' '}
          <a href={download.url} download={download.fileName}>
            {texts.packaging.download(download.fileName)}
          </a>
        </p>
      )}
    </section>
  );
}

function failureDetail(
  error: unknown,
  sentences: ReturnType<typeof useWooDeskTexts>['packaging']['errors'],
): string {
  if (!isWooPackageError(error)) return sentences.other;
  const sentence = sentences[error.code];
  return error.document === undefined ? sentence : `${sentence} ${error.document.title}`;
}
