import { editsText, type EditingContext } from '../../../../shared/shortcuts/shortcut-owner';

/** Where the keyboard is in this document: a text field, and whether a modal dialog is open. */
export function editingContextOf(target: Element | null, doc: Document = document): EditingContext {
  const element = target instanceof HTMLElement ? target : null;
  const textField = editsText(
    element
      ? {
          tagName: element.tagName,
          type: element.getAttribute('type') ?? '',
          isContentEditable: element.isContentEditable,
          readOnly: element.hasAttribute('readonly'),
        }
      : null,
  );
  return { textField, dialogOpen: doc.querySelector('dialog[open]') !== null || target?.closest('dialog') != null };
}
