/**
 * The browser half of sharing a tool's answers: copy text (a link, a Markdown export) to the
 * clipboard, or save it as a file. The only module here that touches the DOM; the tools' islands
 * call it, and the browser tests check what lands in the clipboard and the download.
 */

/** Copies `text`; resolves false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves `text` as a file named `name`, through a temporary link (no server round trip). */
export function saveText(name: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
