import { makeStyles } from '@fluentui/react-components';

/**
 * Styles that keep a Fluent `Field` and its control inside a narrow pane (Outlook's task pane is
 * 320 to 350 pixels wide). A native select is as wide as its longest option, a text input as
 * wide as its `size`, and a grid column grows to its widest child: without these the control and
 * its hint run off the right edge.
 */
export const useNarrowFieldStyles = makeStyles({
  /** On `Field`: one column that may shrink below its content; long words in label and hint wrap. */
  field: {
    gridTemplateColumns: 'minmax(0, 1fr)',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  /** On the control (`Select`, `Combobox`, `Textarea`): the field's full width, and no more. */
  control: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    maxWidth: '100%',
  },
  /** On the inner element (the `select` slot of `Select`, the `input` slot of `Combobox`). */
  inner: {
    minWidth: 0,
    maxWidth: '100%',
    textOverflow: 'ellipsis',
  },
  /** On the `listbox` slot of `Combobox`: long dossier names and kenmerken wrap in the list. */
  listbox: {
    maxWidth: '100vw',
    overflowWrap: 'anywhere',
  },
});
