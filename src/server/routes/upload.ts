import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../use-cases/app-error';

// Reading the one file of a multipart/form-data request (fields first, then the file).

export async function oneFile(request: FastifyRequest, maxBytes: number): Promise<MultipartFile> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data');
  }
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 10 } });
  if (!part) {
    throw new AppError('VALIDATION_FAILED', 'No file was sent', {
      fields: [{ path: 'file', message: 'required' }],
    });
  }
  return part;
}

export function fieldOf(part: MultipartFile, name: string): string | undefined {
  const field = part.fields[name];
  const value = Array.isArray(field) ? field[0] : field;
  if (!value || value.type !== 'field') return undefined;
  const text = (value as MultipartValue<unknown>).value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
    {
      fields: [{ path: 'file', message: 'too large' }],
    },
  );
}

export async function fileBytes(part: MultipartFile, maxBytes: number): Promise<Buffer> {
  const data = await part.toBuffer().catch((error: unknown) => {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    throw error;
  });
  if (part.file.truncated) throw tooLarge(maxBytes);
  return data;
}

/** The file saved to a temporary path that keeps its extension (the import reader looks at it). */
export async function saveToTemporaryFile(
  part: MultipartFile,
  id: string,
  maxBytes: number,
): Promise<string> {
  const extension = extname(part.filename)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 8);
  const path = join(tmpdir(), `custodia-upload-${id}${extension}`);
  try {
    await pipeline(part.file, createWriteStream(path));
    if (part.file.truncated) throw tooLarge(maxBytes);
  } catch (error) {
    await rm(path, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    throw error;
  }
  return path;
}
