import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkpointStatementText, createCheckpointStatement } from './checkpoint';
import type { LedgerEntry } from './ledger-entry';
import { computeEntryHash, emptyChainHead, entryHashInput, nextChainHead, sealEntry } from './ledger-entry';
import { verifyChain } from './verify-chain';

// docs/ledger.md §8 is the specification's worked example: recomputed here so the document stays true.
const doc = readFileSync(new URL('../../../docs/ledger.md', import.meta.url), 'utf8');

function block(name: string): string {
  const match = new RegExp(`<!-- example:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!match) throw new Error(`docs/ledger.md has no example block "${name}"`);
  return match[1]!;
}

describe('the worked example in docs/ledger.md', () => {
  const entry = JSON.parse(block('entry')) as LedgerEntry;

  it('is the entry sealEntry makes from its fields as the first of a chain', () => {
    const { id, chainId, organisationId, actorId, recordedAt, idempotencyKey, kind, corrects, payload } =
      entry;
    const sealed = sealEntry(
      { id, chainId, organisationId, actorId, recordedAt, idempotencyKey, kind, corrects, payload },
      emptyChainHead(chainId),
    );
    const { payloadCanonical: _text, ...asShown } = sealed;
    expect(asShown).toEqual(entry);
    expect(verifyChain([entry])).toEqual({ ok: true, chainId, length: 1, headHash: entry.hash });
  });

  it('shows the exact canonical text, its length in bytes, and its hash', () => {
    const canonical = block('canonical');
    expect(entryHashInput(entry)).toBe(canonical);
    const bytes = new TextEncoder().encode(canonical);
    expect(doc).toContain(`It is ${canonical.length} characters and ${bytes.length} bytes of UTF-8`);
    expect(block('hash')).toBe(entry.hash);
    expect(computeEntryHash(entry)).toBe(entry.hash);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.hash);
  });

  it('shows the exact bytes a checkpoint of that chain signs', () => {
    const statement = createCheckpointStatement(nextChainHead(entry), '2026-11-28T18:00:00.000Z');
    expect(block('checkpoint')).toBe(checkpointStatementText(statement));
  });
});
