import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { custodia, expectInvalid, runJson, spawnCustodia, type Run } from '../support/run-cli';
import { HazardAssessResponse, QuantityDistanceResponse } from '../../src/contracts/hazard';

// Contract tests of issue 5: the command's logic in-process through run(argv, io); the real bin
// in a child process, as other tools call it, for the exit codes and streams the shell sees.
const workDir = mkdtempSync(join(tmpdir(), 'custodia-hazard-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function assessJson(input: unknown): Promise<Run> {
  return runJson(['hazard', 'assess'], input);
}

const ISSUE_EXAMPLE = {
  items: [
    { un: '0012', rounds: 20000, neqKgPer1000: 0.35 },
    { hd: '1.2', cg: 'C', neqKg: 12.5 },
  ],
};

describe('custodia hazard assess', () => {
  it('assesses the issue example from a file: compatible, 1.2C, FD 2, 19.5 kg', async () => {
    const file = join(workDir, 'store.json');
    writeFileSync(file, JSON.stringify(ISSUE_EXAMPLE));
    const run = await custodia(['hazard', 'assess', file, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      compatible: true,
      conflicts: [],
      hazardDivision: '1.2',
      compatibilityGroup: 'C',
      fireDivision: 2,
      neqKg: 19.5,
    });
  });

  it('reads standard input when the file is -, and answers exactly the contract shape', async () => {
    const run = await assessJson({ items: [{ un: '0012', rounds: 20000, neqKgPer1000: 0.35 }] });
    expect(run.status).toBe(0);
    const body: unknown = JSON.parse(run.stdout);
    expect(HazardAssessResponse.strict().parse(body)).toEqual({
      compatible: true,
      conflicts: [],
      hazardDivision: '1.4',
      compatibilityGroup: 'S',
      fireDivision: 4,
      neqKg: 7,
    });
  });

  it('exits 0 for an incompatible store and names the conflict (fact sheet §1.3: S not with A)', async () => {
    const run = await assessJson({
      items: [
        { un: '0012', rounds: 20000, neqKgPer1000: 0.35 },
        { hd: '1.1', cg: 'A', neqKg: 1 },
      ],
    });
    expect(run.status).toBe(0);
    const body = HazardAssessResponse.parse(JSON.parse(run.stdout));
    expect(body).toMatchObject({
      compatible: false,
      hazardDivision: '1.1',
      compatibilityGroup: null,
      fireDivision: 1,
      neqKg: 8,
    });
    expect(body.conflicts).toEqual([
      { a: 'A', b: 'S', reason: 'A may share a store only with A (UN transport mixed-loading rules)' },
    ]);
  });

  it('lists each conflicting pair once, letters in alphabetical order', async () => {
    const run = await assessJson({
      items: [
        { hd: '1.4', cg: 'S', neqKg: 1 },
        { hd: '1.1', cg: 'A', neqKg: 1 },
        { hd: '1.1', cg: 'A', neqKg: 1 },
        { hd: '1.3', cg: 'L', neqKg: 1 },
      ],
    });
    expect(run.status).toBe(0);
    const body = HazardAssessResponse.parse(JSON.parse(run.stdout));
    expect(body.conflicts.map(({ a, b }) => `${a}${b}`)).toEqual(['AL', 'AS', 'LS']);
  });

  it('classifies the mixed load by the footnotes: N with C is E (fact sheet §1.3 footnotes 2 and 1)', async () => {
    const run = await assessJson({
      items: [
        { hd: '1.6', cg: 'N', neqKg: 1 },
        { un: '0509', neqKg: 2 },
      ],
    });
    expect(JSON.parse(run.stdout)).toMatchObject({
      compatible: true,
      compatibilityGroup: 'E',
      hazardDivision: '1.6',
    });
  });

  it('gives nulls for an empty list', async () => {
    const run = await assessJson({ items: [] });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      compatible: true,
      conflicts: [],
      hazardDivision: null,
      compatibilityGroup: null,
      fireDivision: null,
      neqKg: 0,
    });
  });

  it('accepts an unknown UN number that comes with hd and cg', async () => {
    const run = await assessJson({ items: [{ un: '0248', hd: '1.2', cg: 'L', neqKg: 3 }] });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      hazardDivision: '1.2',
      compatibilityGroup: 'L',
      neqKg: 3,
    });
  });

  it('prints a short human-readable summary without --json', async () => {
    const run = await custodia(['hazard', 'assess', '-'], JSON.stringify(ISSUE_EXAMPLE));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Compatible: yes');
    expect(run.stdout).toContain('Hazard division: 1.2');
    expect(run.stdout).toContain('Fire division: 2');
    expect(run.stdout).toContain('NEQ: 19.5 kg');
    expect(() => JSON.parse(run.stdout)).toThrow();
  });

  describe('exits 2 with one line on stderr for invalid input', () => {
    it.each([
      [
        'an unknown UN number without hd and cg',
        { items: [{ un: '9999', neqKg: 1 }] },
        /unknown UN number 9999/,
      ],
      [
        'an unknown hazard division',
        { items: [{ hd: '1.7', cg: 'S', neqKg: 1 }] },
        /items\[0\]\.hd: unknown hazard division "1\.7"/,
      ],
      [
        'an unknown compatibility group',
        { items: [{ hd: '1.4', cg: 'I', neqKg: 1 }] },
        /items\[0\]\.cg: unknown compatibility group "I"/,
      ],
      [
        'a hazard division that is not a string',
        { items: [{ hd: 1.4, cg: 'S', neqKg: 1 }] },
        /items\[0\]\.hd/,
      ],
      [
        'negative rounds',
        { items: [{ un: '0012', rounds: -1, neqKgPer1000: 0.35 }] },
        /items\[0\]\.rounds: must not be negative/,
      ],
      [
        'a negative NEQ per 1,000',
        { items: [{ un: '0012', rounds: 10, neqKgPer1000: -0.35 }] },
        /items\[0\]\.neqKgPer1000: must not be negative/,
      ],
      ['a negative NEQ', { items: [{ un: '0012', neqKg: -2 }] }, /items\[0\]\.neqKg: must not be negative/],
      [
        'non-numeric rounds',
        { items: [{ un: '0012', rounds: '20000', neqKgPer1000: 0.35 }] },
        /items\[0\]\.rounds: must be a number/,
      ],
      [
        'a non-numeric NEQ',
        { items: [{ hd: '1.4', cg: 'S', neqKg: 'seven' }] },
        /items\[0\]\.neqKg: must be a number/,
      ],
      [
        'a fractional number of rounds',
        { items: [{ un: '0012', rounds: 10.5, neqKgPer1000: 0.35 }] },
        /whole number of rounds/,
      ],
      ['a missing quantity', { items: [{ un: '0012' }] }, /items\[0\]: missing quantity/],
      [
        'rounds without NEQ per 1,000',
        { items: [{ un: '0012', rounds: 100 }] },
        /items\[0\]: missing quantity/,
      ],
      [
        'both forms of quantity',
        { items: [{ un: '0012', rounds: 100, neqKgPer1000: 0.35, neqKg: 1 }] },
        /not both/,
      ],
      ['neither a UN number nor hd and cg', { items: [{ hd: '1.4', neqKg: 1 }] }, /give either a UN number/],
      [
        'an hd and cg that contradict the UN number',
        { items: [{ un: '0012', hd: '1.1', cg: 'C', neqKg: 1 }] },
        /UN 0012 is 1\.4S, but the item says 1\.1C/,
      ],
      [
        'a UN number that is not a four-digit string',
        { items: [{ un: 12, neqKg: 1 }] },
        /items\[0\]\.un: must be a four-digit string/,
      ],
      ['no items list', { stock: [] }, /items: must be a list of items/],
      ['a document that is not an object', [], /expected an object/],
      ['malformed JSON', '{"items": [', /malformed JSON/],
      ['an empty input', '', /malformed JSON/],
    ])('%s', async (_case, input, message) => {
      expectInvalid(await assessJson(input), message);
    });

    it('points at the item at fault by its index', async () => {
      expectInvalid(
        await assessJson({
          items: [
            { un: '0012', neqKg: 1 },
            { un: '0012', neqKg: -1 },
          ],
        }),
        /items\[1\]\.neqKg/,
      );
    });

    it('a file that does not exist', async () => {
      expectInvalid(
        await custodia(['hazard', 'assess', join(workDir, 'missing.json'), '--json']),
        /cannot read .*missing\.json/,
      );
    });

    it('no file argument', async () => {
      expectInvalid(await custodia(['hazard', 'assess', '--json']), /missing required argument 'file'/);
    });

    it('an unknown option', async () => {
      expectInvalid(
        await custodia(['hazard', 'assess', '-', '--yaml'], '{"items":[]}'),
        /unknown option '--yaml'/,
      );
    });
  });
});

describe('custodia hazard qd', () => {
  const qd = (...args: string[]) => custodia(['hazard', 'qd', ...args]);

  it('gives D = k·Q^(1/3) rounded up to the metre for a factor given directly: 22.2 × 1000^(1/3) = 222', async () => {
    const run = await qd('--neq-kg', '1000', '--k', '22.2', '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(QuantityDistanceResponse.strict().parse(JSON.parse(run.stdout))).toEqual({ distanceM: 222 });
  });

  it('rounds up: 7 kg at k = 22.2 is 42.47 m, so 43', async () => {
    expect(JSON.parse((await qd('--neq-kg', '7', '--k', '22.2', '--json')).stdout)).toEqual({
      distanceM: 43,
    });
  });

  it('takes the law from the (example) factor table for --hd, inhabited-building by default', async () => {
    expect(JSON.parse((await qd('--neq-kg', '8000', '--hd', '1.1', '--json')).stdout)).toEqual({
      distanceM: 444,
    });
    expect(
      JSON.parse(
        (await qd('--neq-kg', '8000', '--hd', '1.1', '--type', 'inhabited-building', '--json')).stdout,
      ),
    ).toEqual({ distanceM: 444 });
  });

  it('uses the piecewise forms of the table: public traffic route at 3,000 kg is 3.6 × 3000^(1/2) = 197.2, so 198', async () => {
    expect(
      JSON.parse(
        (await qd('--neq-kg', '3000', '--hd', '1.1', '--type', 'public-traffic-route', '--json')).stdout,
      ),
    ).toEqual({ distanceM: 198 });
    expect(
      JSON.parse((await qd('--neq-kg', '1000', '--hd', '1.1', '--type', 'inside', '--json')).stdout),
    ).toEqual({
      distanceM: 11,
    });
  });

  it('prints the distance and where its law comes from without --json', async () => {
    const run = await qd('--neq-kg', '8000', '--hd', '1.1');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Distance: 444 m \(.*example factors, not verified IATG values\)\n$/);
  });

  describe('exits 2 with one line on stderr for invalid input', () => {
    it.each([
      ['a negative NEQ', ['--neq-kg', '-5', '--k', '2'], /--neq-kg must not be negative/],
      ['a non-numeric NEQ', ['--neq-kg', 'ten', '--k', '2'], /--neq-kg must be a number/],
      ['an NEQ in hexadecimal', ['--neq-kg', '0x10', '--k', '2'], /--neq-kg must be a number/],
      ['no NEQ', ['--k', '2'], /--neq-kg is required/],
      ['an NEQ option without its value', ['--k', '2', '--neq-kg'], /argument missing/],
      ['neither --hd nor --k', ['--neq-kg', '5'], /exactly one of --hd or --k/],
      ['both --hd and --k', ['--neq-kg', '5', '--hd', '1.1', '--k', '3'], /exactly one of --hd or --k/],
      [
        'an unknown hazard division',
        ['--neq-kg', '5', '--hd', '1.9'],
        /--hd: unknown hazard division "1\.9"/,
      ],
      [
        'an unknown distance type',
        ['--neq-kg', '5000', '--hd', '1.1', '--type', 'road'],
        /--type: unknown distance type "road"/,
      ],
      ['a factor of zero', ['--neq-kg', '5', '--k', '0'], /--k must be greater than zero/],
      ['a non-numeric factor', ['--neq-kg', '5', '--k', 'big'], /--k must be a number/],
      ['--type with --k', ['--neq-kg', '5', '--k', '3', '--type', 'inside'], /--type applies only with --hd/],
      [
        'a division the table has no factor for',
        ['--neq-kg', '100', '--hd', '1.4'],
        /no quantity-distance factor is configured for HD 1\.4/,
      ],
      [
        'an NEQ below the range of the law',
        ['--neq-kg', '0.5', '--hd', '1.1'],
        /outside the 1–500000 kg range/,
      ],
      ['an unknown option', ['--neq-kg', '5', '--k', '3', '--metres'], /unknown option '--metres'/],
    ])('%s', async (_case, args, message) => {
      expectInvalid(await qd(...args), message);
    });
  });
});

describe('the hazard commands in a child process (the built bin)', () => {
  it('assess reads a pipe, exits 0 and writes exactly one JSON line on stdout and nothing on stderr', () => {
    const run = spawnCustodia(['hazard', 'assess', '-', '--json'], { stdin: JSON.stringify(ISSUE_EXAMPLE) });
    expect(run).toEqual({
      status: 0,
      stdout: `${JSON.stringify({
        compatible: true,
        conflicts: [],
        hazardDivision: '1.2',
        compatibilityGroup: 'C',
        fireDivision: 2,
        neqKg: 19.5,
      })}\n`,
      stderr: '',
    });
  });

  it('qd exits 2 with one line on stderr and nothing on stdout', () => {
    expectInvalid(
      spawnCustodia(['hazard', 'qd', '--neq-kg', 'ten', '--k', '2']),
      /--neq-kg must be a number/,
    );
    expectInvalid(spawnCustodia(['hazard', 'qd', '--neq-kg', '5', '--k', '3', '--metres']), /unknown option/);
  });
});
