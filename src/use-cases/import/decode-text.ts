import { createReadStream } from 'node:fs';

/** The text encodings a CSV from a spreadsheet program comes in, as Custodia tells them apart. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F (WHATWG Encoding Standard, index
// windows-1252); the five unassigned bytes stay as the C1 control they are in ISO-8859-1.
const WINDOWS_1252_HIGH: Readonly<Record<number, string>> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeWindows1252(bytes: Buffer): string {
  return bytes
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0)] ?? char);
}

/**
 * Which encoding a file's first bytes show: a byte-order mark says it; otherwise UTF-8 when the
 * first chunk is valid UTF-8, else Windows-1252, which is what Excel writes for "CSV (delimitado por
 * comas)" on a Spanish-language Windows.
 */
export function detectEncoding(firstChunk: Uint8Array): TextEncodingName {
  if (firstChunk[0] === 0xef && firstChunk[1] === 0xbb && firstChunk[2] === 0xbf) return 'utf-8';
  if (firstChunk[0] === 0xff && firstChunk[1] === 0xfe) return 'utf-16le';
  if (firstChunk[0] === 0xfe && firstChunk[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(firstChunk, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * The text of a file, chunk by chunk (64 KiB reads), without its byte-order mark. A file that starts
 * as valid UTF-8 and breaks later is refused with the byte offset, rather than read with replacement
 * characters in serials and names. NUL bytes outside UTF-16 mean the file is not text.
 */
export async function* decodeText(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  let encoding: TextEncodingName | undefined;
  let decoder: TextDecoder | undefined;
  let offset = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      encoding ??= detectEncoding(chunk);
      if (encoding !== 'windows-1252') decoder ??= new TextDecoder(encoding, { fatal: true });
      if (!encoding.startsWith('utf-16') && chunk.includes(0)) {
        throw new Error(
          `${path} is not a text file (it holds NUL bytes near byte ${offset + chunk.indexOf(0)})`,
        );
      }
      let text: string;
      try {
        text = decoder ? decoder.decode(chunk, { stream: true }) : decodeWindows1252(chunk);
      } catch {
        throw new Error(
          `${path} is not valid ${encoding.toUpperCase()} after byte ${offset}; save it again as "CSV UTF-8"`,
        );
      }
      offset += chunk.length;
      if (text !== '') yield text;
    }
    let rest = '';
    try {
      rest = decoder?.decode() ?? '';
    } catch {
      throw new Error(`${path} ends in the middle of a ${encoding?.toUpperCase()} character`);
    }
    if (rest !== '') yield rest;
  } finally {
    stream.destroy();
  }
}
