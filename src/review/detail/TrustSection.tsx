import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { describeDiscrepancy } from '../../texts';
import { useReviewTexts } from '../ReviewTexts';
import type { TrustState } from './useRecordTrust';

/**
 * The verdict on the open record, as `bronvast verify` would give it: content against its
 * SHA-256, versions, the audit chain and who decided; one line per discrepancy.
 */
export function TrustSection({ state }: { readonly state: TrustState }) {
  const texts = useReviewTexts();
  if (state.kind === 'loading') return <Spinner size="tiny" label={texts.trust.loading} />;
  if (state.kind === 'failed') return <p>{texts.trust.failed}</p>;
  if (state.found.length === 0)
    return (
      <MessageBar intent="success" data-testid="trust">
        <MessageBarBody>{texts.trust.honest}</MessageBarBody>
      </MessageBar>
    );
  return (
    <div data-testid="trust">
      {state.found.map((discrepancy, index) => (
        <MessageBar key={index} intent="error">
          <MessageBarBody>{describeDiscrepancy(discrepancy, texts.language)}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
