import { displayText } from './display-text';

/** Props of {@link UntrustedText}. */
export interface UntrustedTextProps {
  readonly text: string;
}

/**
 * Text from outside, shown safely: isolated in a `<bdi>` (its direction is its own and stays
 * inside) with its bidi controls and noncharacters shown as markers (see {@link displayText}).
 */
export function UntrustedText({ text }: UntrustedTextProps) {
  return <bdi dir="auto">{displayText(text)}</bdi>;
}
