/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { assessDisclosure } from '../core/disclosure/assess-disclosure';
import { aMessage } from '../core/testing/message-builder';
import { DisclosureSection } from './DisclosureSection';

describe('DisclosureSection', () => {
  it('lists every type of personal data found, not only the strongest three', () => {
    const body = [
      'Zoals besproken met Pieter de Vries: zijn BSN is 111222333 en zijn IBAN NL91ABNA0417164300.',
      'Bel hem op 06-12345678 of mail p.devries@example.nl; hij woont op 1234 AB 12.',
    ].join('\n');
    const disclosure = assessDisclosure(aMessage({ bodyText: body }));
    const types = new Set(disclosure.findings.map((finding) => finding.type));
    expect(types.size).toBeGreaterThanOrEqual(5);
    render(<DisclosureSection disclosure={disclosure} bodyText={body} />);
    const lines = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    const reasonLines = disclosure.reasons.filter(
      (reason) => reason.code === 'personal-data-found',
    );
    expect(reasonLines).toHaveLength(types.size);
    for (const reason of reasonLines) {
      const count = String(reason.params?.['count'] ?? '');
      expect(lines.some((line) => line.includes(count))).toBe(true);
    }
    expect(lines.length).toBeGreaterThanOrEqual(types.size + disclosure.grounds.length);
  });
});
