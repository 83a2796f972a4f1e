import { makeStyles, tokens } from '@fluentui/react-components';

/** The look of a row in the mail list: two lines, like Outlook on the web's list. */
export const useMailRowStyles = makeStyles({
  row: {
    position: 'relative',
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    borderLeft: '3px solid transparent',
    cursor: 'pointer',
    minWidth: 0,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  unread: { borderLeftColor: tokens.colorBrandStroke1 },
  check: {
    gridRowStart: 1,
    gridRowEnd: 3,
    display: 'flex',
    color: tokens.colorNeutralForeground3,
  },
  sender: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  bold: { fontWeight: tokens.fontWeightSemibold },
  date: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
  },
  subject: {
    gridColumnStart: 2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
  },
  unreadSubject: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  noSubject: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  marks: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
