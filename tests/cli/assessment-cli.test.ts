import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { custodia, expectInvalid, runJson, spawnCustodia, type Run } from '../support/run-cli';
import { AssessmentScoreResponse } from '../../src/contracts/assessment';

// Contract tests of issue 7: the command's logic in-process through run(argv, io); the real bin
// in a child process, as other tools call it, for the exit codes and streams the shell sees.
const workDir = mkdtempSync(join(tmpdir(), 'custodia-assessment-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function scoreJson(input: unknown): Promise<Run> {
  return runJson(['assessment', 'score'], input);
}

const THRESHOLDS = { '1': 0.8, '2': 0.8, '3': 0.8 };
const ISSUE_EXAMPLE = {
  template: { thresholds: THRESHOLDS, items: [{ id: 'k1', level: 1, weight: 2, critical: true }] },
  answers: { k1: 'yes' },
};

// Levels 1–3 with one critical item at level 2; scores worked by hand in the comments.
const THREE_LEVELS = {
  template: {
    thresholds: { '1': 0.8, '2': 0.7, '3': 0.9 },
    items: [
      { id: 'windows', level: 1, weight: 3, critical: false },
      { id: 'keys', level: 1, weight: 1, critical: true },
      { id: 'doors', level: 2, weight: 2, critical: false },
      { id: 'entry', level: 2, weight: 2, critical: true },
      { id: 'combination', level: 3, weight: 1, critical: false },
    ],
  },
  answers: { windows: 'partial', keys: 'yes', doors: 'yes', entry: 'partial', combination: 'na' },
};

describe('custodia assessment score', () => {
  it('scores the issue example from a file: the one yes scores 1 at every level, level 3 achieved', async () => {
    const file = join(workDir, 'assessment.json');
    writeFileSync(file, JSON.stringify(ISSUE_EXAMPLE));
    const run = await custodia(['assessment', 'score', file, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      '{"levels":{' +
        '"1":{"score":1,"threshold":0.8,"criticalFailed":[],"achieved":true},' +
        '"2":{"score":1,"threshold":0.8,"criticalFailed":[],"achieved":true},' +
        '"3":{"score":1,"threshold":0.8,"criticalFailed":[],"achieved":true}},' +
        '"achievedLevel":3}\n',
    );
  });

  it('reads standard input when the file is -, and answers exactly the contract shape', async () => {
    const run = await scoreJson(THREE_LEVELS);
    expect(run.status).toBe(0);
    const body = AssessmentScoreResponse.strict().parse(JSON.parse(run.stdout));
    expect(body).toEqual({
      levels: {
        // (1.5 + 1) / 4
        '1': { score: 0.625, threshold: 0.8, criticalFailed: [], achieved: false },
        // (2.5 + 2 + 1) / 8, but level 1 is not achieved and "entry" is only partial
        '2': { score: 0.6875, threshold: 0.7, criticalFailed: ['entry'], achieved: false },
        // the only level-3 item is not applicable: scored over levels 1–2, as the formula says
        '3': { score: 0.6875, threshold: 0.9, criticalFailed: ['entry'], achieved: false },
      },
      achievedLevel: 0,
    });
  });

  it('rounds scores to 4 decimals and sorts criticalFailed', async () => {
    const run = await scoreJson({
      template: {
        thresholds: THRESHOLDS,
        items: [
          { id: 'z-last', level: 1, weight: 1, critical: true },
          { id: 'a-first', level: 1, weight: 1, critical: true },
          { id: 'm-middle', level: 1, weight: 1, critical: false },
        ],
      },
      answers: { 'z-last': 'no', 'a-first': 'partial', 'm-middle': 'yes' },
    });
    expect(run.status).toBe(0);
    const body = AssessmentScoreResponse.parse(JSON.parse(run.stdout));
    expect(body.levels['1']).toEqual({
      score: 0.5,
      threshold: 0.8,
      criticalFailed: ['a-first', 'z-last'],
      achieved: false,
    });
    const thirds = await scoreJson({
      template: {
        thresholds: THRESHOLDS,
        items: [
          { id: 'a', level: 1, weight: 1, critical: false },
          { id: 'b', level: 1, weight: 2, critical: false },
        ],
      },
      answers: { a: 'yes', b: 'no' },
    });
    expect(AssessmentScoreResponse.parse(JSON.parse(thirds.stdout)).levels['1'].score).toBe(0.3333);
  });

  it('counts an unanswered item as "no", so an unanswered critical item fails its level', async () => {
    const run = await scoreJson({
      template: {
        thresholds: THRESHOLDS,
        items: [
          { id: 'k1', level: 1, weight: 3, critical: false },
          { id: 'k2', level: 1, weight: 1, critical: true },
        ],
      },
      answers: { k1: 'yes' },
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      levels: { '1': { score: 0.75, criticalFailed: ['k2'], achieved: false } },
      achievedLevel: 0,
    });
  });

  it('scores "na" items out, and takes number and text answers for items of those types', async () => {
    const run = await scoreJson({
      template: {
        thresholds: THRESHOLDS,
        items: [
          { id: 'k1', level: 1, weight: 1, critical: false },
          { id: 'k2', level: 1, weight: 9, critical: true },
          { id: 'firearms', level: 1, weight: 1, critical: false, answerType: 'number' },
          { id: 'notes', level: 1, weight: 1, critical: false, answerType: 'text' },
        ],
      },
      answers: { k1: 'yes', k2: 'na', firearms: 14, notes: 'sin novedad' },
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      levels: { '1': { score: 1, achieved: true } },
      achievedLevel: 3,
    });
  });

  it('prints a short human-readable summary without --json', async () => {
    const run = await custodia(['assessment', 'score', '-'], JSON.stringify(THREE_LEVELS));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Achieved level: 0',
        'Level 1: score 0.625 (threshold 0.8), not achieved',
        'Level 2: score 0.6875 (threshold 0.7), not achieved; critical items not answered yes: entry',
        'Level 3: score 0.6875 (threshold 0.9), not achieved; critical items not answered yes: entry',
        '',
      ].join('\n'),
    );
  });

  it('names unanswered items in the summary', async () => {
    const input = { ...ISSUE_EXAMPLE, answers: {} };
    const run = await custodia(['assessment', 'score', '-'], JSON.stringify(input));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Achieved level: 0');
    expect(run.stdout).toContain('Unanswered items, counted as "no": k1');
  });

  describe('exits 2 with one line on stderr for invalid input', () => {
    const withItems = (items: unknown[], answers: unknown = {}) => ({
      template: { thresholds: THRESHOLDS, items },
      answers,
    });
    const k1 = { id: 'k1', level: 1, weight: 1, critical: true };

    it.each<[string, unknown, RegExp]>([
      ['malformed JSON', '{"template": {', /^custodia: malformed JSON: /],
      ['empty input', '', /^custodia: malformed JSON: /],
      ['a JSON array instead of an object', '[]', /expected an object \{"template"/],
      ['a missing template', { answers: {} }, /^custodia: template: /],
      [
        'missing thresholds',
        { template: { items: [k1] }, answers: {} },
        /template\.thresholds: missing thresholds/,
      ],
      [
        'a missing level threshold',
        { template: { thresholds: { '1': 0.8, '2': 0.8 }, items: [k1] }, answers: {} },
        /template\.thresholds\.3: must be a number from 0 to 1/,
      ],
      [
        'a threshold above 1',
        { template: { thresholds: { ...THRESHOLDS, '2': 1.5 }, items: [k1] }, answers: {} },
        /template\.thresholds\.2: must be a number from 0 to 1/,
      ],
      [
        'a negative threshold',
        { template: { thresholds: { ...THRESHOLDS, '1': -0.1 }, items: [k1] }, answers: {} },
        /template\.thresholds\.1: must be a number from 0 to 1/,
      ],
      [
        'a threshold for a level that does not exist',
        { template: { thresholds: { ...THRESHOLDS, '4': 0.8 }, items: [k1] }, answers: {} },
        /template\.thresholds: thresholds are given only for levels/,
      ],
      [
        'missing items',
        { template: { thresholds: THRESHOLDS }, answers: {} },
        /template\.items: must be a list/,
      ],
      ['no items', withItems([]), /template\.items: the template has no item/],
      ['level 0', withItems([{ ...k1, level: 0 }]), /template\.items\[0\]\.level: bad level 0 \(1, 2 or 3\)/],
      ['level 4', withItems([{ ...k1, level: 4 }]), /template\.items\[0\]\.level: bad level 4/],
      [
        'a level given as text',
        withItems([{ ...k1, level: '1' }]),
        /template\.items\[0\]\.level: bad level "1"/,
      ],
      [
        'a fractional level',
        withItems([{ ...k1, level: 1.5 }]),
        /template\.items\[0\]\.level: bad level 1\.5/,
      ],
      [
        'a missing level',
        withItems([{ id: 'k1', weight: 1, critical: true }]),
        /template\.items\[0\]\.level: bad level/,
      ],
      [
        'a zero weight',
        withItems([{ ...k1, weight: 0 }]),
        /template\.items\[0\]\.weight: must be a number greater than 0/,
      ],
      [
        'a negative weight',
        withItems([{ ...k1, weight: -2 }]),
        /template\.items\[0\]\.weight: must be a number greater than 0/,
      ],
      [
        'a weight given as text',
        withItems([{ ...k1, weight: '2' }]),
        /template\.items\[0\]\.weight: must be a number/,
      ],
      [
        'a missing critical flag',
        withItems([{ id: 'k1', level: 1, weight: 1 }]),
        /template\.items\[0\]\.critical: must be true or false/,
      ],
      [
        'an empty item id',
        withItems([{ ...k1, id: '' }]),
        /template\.items\[0\]\.id: must be a non-empty string/,
      ],
      [
        'a duplicate item id',
        withItems([k1, { ...k1, level: 2 }]),
        /template\.items\[1\]\.id: duplicate item id "k1" \(first at items\[0\]\)/,
      ],
      [
        'an unknown answer type',
        withItems([{ ...k1, answerType: 'photo' }]),
        /template\.items\[0\]\.answerType: unknown answer type/,
      ],
      [
        'an unknown answer value',
        withItems([k1], { k1: 'maybe' }),
        /answers\.k1: unknown answer "maybe" \(expected yes, partial, no, na\)/,
      ],
      ['an answer in capitals', withItems([k1], { k1: 'YES' }), /answers\.k1: unknown answer "YES"/],
      ['a boolean answer', withItems([k1], { k1: true }), /answers\.k1: unknown answer value true/],
      ['a null answer', withItems([k1], { k1: null }), /answers\.k1: unknown answer value null/],
      ['a number answering a yes/no item', withItems([k1], { k1: 1 }), /answers\.k1: unknown answer 1/],
      [
        'text answering a number item',
        withItems([{ ...k1, answerType: 'number' }], { k1: 'twelve' }),
        /answers\.k1: the answer to a number item must be a number/,
      ],
      [
        'an answer to an unknown item',
        withItems([k1], { k1: 'yes', k9: 'yes' }),
        /answers\.k9: answer to unknown item "k9"/,
      ],
      ['answers given as a list', withItems([k1], ['yes']), /^custodia: answers: must be an object/],
      [
        'missing answers',
        { template: { thresholds: THRESHOLDS, items: [k1] } },
        /^custodia: answers: must be an object/,
      ],
    ])('%s', async (_case, input, message) => {
      expectInvalid(await scoreJson(input), message);
    });

    it('refuses a file that does not exist', async () => {
      expectInvalid(
        await custodia(['assessment', 'score', join(workDir, 'missing.json'), '--json']),
        /cannot read .*missing\.json/,
      );
    });

    it('refuses a missing FILE argument', async () => {
      expectInvalid(await custodia(['assessment', 'score', '--json']), /missing required argument 'file'/);
    });

    it('refuses an unknown option', async () => {
      expectInvalid(
        await custodia(['assessment', 'score', '-', '--csv'], JSON.stringify(ISSUE_EXAMPLE)),
        /unknown option '--csv'/,
      );
    });
  });
});

describe('custodia assessment score in a child process (the built bin)', () => {
  it('reads a pipe and exits 0 with one JSON line on stdout, or 2 with one line on stderr', () => {
    const run = spawnCustodia(['assessment', 'score', '-', '--json'], {
      stdin: JSON.stringify(ISSUE_EXAMPLE),
    });
    expect(run).toEqual({
      status: 0,
      stderr: '',
      stdout:
        '{"levels":{' +
        '"1":{"score":1,"threshold":0.8,"criticalFailed":[],"achieved":true},' +
        '"2":{"score":1,"threshold":0.8,"criticalFailed":[],"achieved":true},' +
        '"3":{"score":1,"threshold":0.8,"criticalFailed":[],"achieved":true}},' +
        '"achievedLevel":3}\n',
    });
    expectInvalid(
      spawnCustodia(['assessment', 'score', '-', '--json'], { stdin: '{"template": {' }),
      /^custodia: malformed JSON: /,
    );
  });
});
