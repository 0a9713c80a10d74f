/**
 * An error message fit to show a user: server file paths (the upload's temporary file, the temporary
 * folder, any absolute path) are replaced, so an answer never tells an attacker how the server's disk
 * is laid out (issue #15; OWASP ASVS 7.4.1).
 */
export function withoutServerPaths(message: string, knownPaths: readonly string[] = []): string {
  let out = message;
  for (const path of knownPaths.filter((p) => p.length > 1)) {
    out = out.split(path).join('(file)');
  }
  // Any other absolute POSIX or Windows path (the temporary folder included).
  return out.replace(/(?:[A-Za-z]:\\|(?<![\w.])\/)(?:[\w.@~+-]+[\\/])+[\w.@~+-]*/g, '(file)');
}
