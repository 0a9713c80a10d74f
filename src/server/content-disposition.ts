import { toWellFormed } from '../core/shared/well-formed';

/**
 * A Content-Disposition header value for a file name (RFC 6266 with RFC 5987/8187 encoding): an
 * ASCII `filename` for old clients (anything outside printable ASCII, quotes, backslashes, control
 * characters and path separators replaced) and `filename*` with the exact name in UTF-8. Serials
 * with Cyrillic letters or line breaks used to make the header invalid (a 500): this is the one
 * place every route builds the header.
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const clean = fileName.replace(/[\u0000-\u001f\u007f/\\]+/g, '_');
  const ascii = clean.replace(/[^\x20-\x7e]|["%]/g, '_');
  const encoded = encodeURIComponent(toWellFormed(clean)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  // The exact name only when the ASCII one is not already it (old clients read filename, new ones filename*).
  return ascii === fileName
    ? `${kind}; filename="${ascii}"`
    : `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
