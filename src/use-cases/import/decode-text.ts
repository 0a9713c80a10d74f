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

function encodingFromByteOrderMark(firstChunk: Uint8Array): TextEncodingName | undefined {
  if (firstChunk[0] === 0xef && firstChunk[1] === 0xbb && firstChunk[2] === 0xbf) return 'utf-8';
  if (firstChunk[0] === 0xff && firstChunk[1] === 0xfe) return 'utf-16le';
  if (firstChunk[0] === 0xfe && firstChunk[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The encoding of a text file: a byte-order mark says it; otherwise UTF-8 when the whole file is
 * valid UTF-8, else Windows-1252, which is what Excel writes for "CSV (delimitado por comas)" on a
 * Spanish-language Windows. The whole file is checked, not its start, because a large file's first
 * accented letter may come late (one extra read: about 0.2 s for 78 MB here).
 */
export async function detectFileEncoding(path: string): Promise<TextEncodingName> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  const validator = new TextDecoder('utf-8', { fatal: true });
  let isFirst = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (isFirst) {
        const marked = encodingFromByteOrderMark(chunk);
        if (marked) return marked;
        isFirst = false;
      }
      if (!isValidUtf8(validator, chunk)) return 'windows-1252';
    }
    return isValidUtf8(validator) ? 'utf-8' : 'windows-1252';
  } finally {
    stream.destroy();
  }
}

function isValidUtf8(validator: TextDecoder, chunk?: Uint8Array): boolean {
  try {
    if (chunk) validator.decode(chunk, { stream: true });
    else validator.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of a file, chunk by chunk (64 KiB reads), in the encoding `detectFileEncoding` finds and
 * without its byte-order mark. NUL bytes outside UTF-16 mean the file is not text.
 */
export async function* decodeText(path: string): AsyncGenerator<string> {
  const encoding = await detectFileEncoding(path);
  const decoder = encoding === 'windows-1252' ? undefined : new TextDecoder(encoding, { fatal: true });
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  let offset = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!encoding.startsWith('utf-16') && chunk.includes(0)) {
        throw new Error(
          `${path} is not a text file (it holds NUL bytes near byte ${offset + chunk.indexOf(0)})`,
        );
      }
      let text: string;
      try {
        text = decoder ? decoder.decode(chunk, { stream: true }) : decodeWindows1252(chunk);
      } catch (error) {
        // Only when the file changed since its encoding was read.
        throw new Error(`${path} is not valid ${encoding.toUpperCase()} after byte ${offset}`, {
          cause: error,
        });
      }
      offset += chunk.length;
      if (text !== '') yield text;
    }
    let rest = '';
    try {
      rest = decoder?.decode() ?? '';
    } catch (error) {
      throw new Error(`${path} ends in the middle of a ${encoding.toUpperCase()} character`, {
        cause: error,
      });
    }
    if (rest !== '') yield rest;
  } finally {
    stream.destroy();
  }
}
