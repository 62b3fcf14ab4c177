/**
 * "Copier le code": the Clipboard API where the page allows it; otherwise (an insecure
 * context, a refused permission, an old browser) the code's text is selected, and the legacy
 * copy command tried, so that the visitor can still copy it with the keyboard.
 */
export type CopyOutcome = 'copied' | 'selected';

export async function copyText(text: string, node: Element): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused or unavailable: fall back to a selection below.
  }
  getSelection()?.selectAllChildren(node);
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Not supported: the selection stays for the visitor to copy.
  }
  return 'selected';
}
