import { Spinner } from '@fluentui/react-components';
import { Section } from '../ui';

/** Props of {@link PendingSection}. */
export interface PendingSectionProps {
  readonly title: string;
}

/** A section's heading with a small spinner, holding its place until its content renders. */
export function PendingSection({ title }: PendingSectionProps) {
  return (
    <Section title={title}>
      <Spinner size="tiny" />
    </Section>
  );
}
