/**
 * Copy buttons (`<button data-copy-target="ID" hidden>`): they need script, so they stay hidden
 * until this runs. The result is announced in the nearby `[data-copy-status]` live region.
 */

async function copy(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Older browsers, and pages outside a secure context: select the text and use the legacy command.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy command refused');
}

export function installCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const source = document.getElementById(button.dataset['copyTarget'] ?? '');
    if (!source) continue;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await copy(source.textContent ?? '');
        if (status) status.textContent = 'Copied to the clipboard.';
      } catch {
        if (status) status.textContent = 'Could not copy; select the text and copy it by hand.';
      }
    });
  }
}
