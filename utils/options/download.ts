/** Offers text as a file to save, the way a web page does: a link to a blob, clicked. */
export function download(name: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(doc.createElement('a'), { href: url, download: name });
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
