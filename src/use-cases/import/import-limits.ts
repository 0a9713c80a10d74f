import { open } from 'node:fs/promises';
import { AppError } from '../app-error';

/*
 * What an import file may hold (docs/security.md, "Uploads"). An XLSX file is a ZIP archive: its
 * directory is read before anything is unpacked, and an archive that unpacks to too much, or
 * compresses far more than a spreadsheet does (a "zip bomb"), is refused with the limit named. The
 * rows are then read in a worker thread with a memory cap (read-isolated.ts), which also catches an
 * archive whose directory lies about its sizes.
 */
export const IMPORT_LIMITS = {
  /** All the entries of an XLSX archive, unpacked. */
  maxUncompressedBytes: 1024 * 1024 * 1024,
  /** Unpacked ÷ packed size of one entry above 1 MiB (spreadsheet XML compresses 5–30×). */
  maxCompressionRatio: 100,
  /** Excel's own limit for a cell. */
  maxCellChars: 32_767,
  /** Excel's own limit for a sheet (the header included). */
  maxRows: 1_048_576,
  /** The templates have about 20 columns. */
  maxColumns: 200,
  /** The worker thread that reads a file: its heap. */
  workerHeapMb: 256,
} as const;

const MIB = 1024 * 1024;

export function limitError(
  code:
    | 'IMPORT_TOO_LARGE_UNCOMPRESSED'
    | 'IMPORT_COMPRESSION_RATIO'
    | 'IMPORT_CELL_TOO_LONG'
    | 'IMPORT_TOO_MANY_ROWS'
    | 'IMPORT_TOO_MANY_COLUMNS'
    | 'IMPORT_MEMORY_EXCEEDED',
  message: string,
  details: Record<string, unknown>,
): AppError {
  return new AppError(code, message, details);
}

/**
 * Read a ZIP archive's central directory and refuse it when it unpacks to more than the limit or an
 * entry is compressed more than the limit allows. A file that is not a ZIP is left to the reader.
 */
export async function checkArchiveLimits(path: string): Promise<void> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return;
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (
      directoryOffset === 0xffffffff ||
      directorySize > 64 * MIB ||
      directoryOffset + directorySize > size
    ) {
      throw limitError(
        'IMPORT_TOO_LARGE_UNCOMPRESSED',
        'The file is a ZIP64 or damaged archive: an import XLSX is an ordinary ZIP archive',
        { limitBytes: IMPORT_LIMITS.maxUncompressedBytes },
      );
    }
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    let total = 0;
    for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50;) {
      const packed = directory.readUInt32LE(at + 20);
      const unpacked = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      if (unpacked === 0xffffffff || packed === 0xffffffff) total = Infinity;
      else total += unpacked;
      if (total > IMPORT_LIMITS.maxUncompressedBytes) {
        throw limitError(
          'IMPORT_TOO_LARGE_UNCOMPRESSED',
          `The file unpacks to more than ${IMPORT_LIMITS.maxUncompressedBytes / MIB} MiB (limit of an import); split it`,
          { limitBytes: IMPORT_LIMITS.maxUncompressedBytes, entry: name },
        );
      }
      if (unpacked > MIB && unpacked / Math.max(packed, 1) > IMPORT_LIMITS.maxCompressionRatio) {
        throw limitError(
          'IMPORT_COMPRESSION_RATIO',
          `${name} in the file is compressed ${Math.round(unpacked / Math.max(packed, 1))}× (limit ${IMPORT_LIMITS.maxCompressionRatio}×): not a real spreadsheet`,
          { limitRatio: IMPORT_LIMITS.maxCompressionRatio, entry: name, unpackedBytes: unpacked },
        );
      }
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
  } finally {
    await file.close();
  }
}

/** Refuse a row with too many columns or too long a cell, or a file with too many rows. */
export function checkRowLimits(line: number, cells: readonly string[]): void {
  if (line > IMPORT_LIMITS.maxRows) {
    throw limitError('IMPORT_TOO_MANY_ROWS', `The file has more than ${IMPORT_LIMITS.maxRows} rows`, {
      limit: IMPORT_LIMITS.maxRows,
    });
  }
  if (cells.length > IMPORT_LIMITS.maxColumns) {
    throw limitError(
      'IMPORT_TOO_MANY_COLUMNS',
      `Line ${line} has ${cells.length} columns (limit ${IMPORT_LIMITS.maxColumns})`,
      { limit: IMPORT_LIMITS.maxColumns, line },
    );
  }
  for (const [index, cell] of cells.entries()) {
    if (cell.length > IMPORT_LIMITS.maxCellChars) {
      throw limitError(
        'IMPORT_CELL_TOO_LONG',
        `Line ${line}, column ${index + 1} holds ${cell.length} characters (limit ${IMPORT_LIMITS.maxCellChars})`,
        { limit: IMPORT_LIMITS.maxCellChars, line, column: index + 1 },
      );
    }
  }
}
