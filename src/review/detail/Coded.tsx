import { makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext } from 'react';
import type { Labelled } from './field-labels';
import { UntrustedText } from '../../ui';

/** Whether the detail shows the codes beside the labels ("Codes tonen"). */
export const ShowCodesContext = createContext(false);

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalXS,
  },
});

/** A label, and its code beside it when the reader asked for the codes. */
export function Coded({ value }: { readonly value: Labelled }) {
  const show = useContext(ShowCodesContext);
  const styles = useStyles();
  const code = value.code;
  return (
    <>
      <UntrustedText text={value.text} />
      {show && code !== undefined && code !== value.text ? (
        <code className={styles.code}>{code}</code>
      ) : null}
    </>
  );
}
